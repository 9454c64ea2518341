import type { Catalog } from '../../shared/model';
import type { DatasetState, Touched } from './dataset-state';
import { SCHEMA_VERSION, type CatalogFile } from './file-schemas';
import { CATALOG_FILE, metaFile, shardFile } from './layout';
import { shardContent } from './shard-checksum';
import type { JsonContent } from './journal';

export function catalogContent(catalog: Catalog): CatalogFile {
  return { schemaVersion: SCHEMA_VERSION, zones: catalog.zones, indicators: catalog.indicators };
}

export function metaContent(name: string, value: unknown): Record<string, unknown> {
  return { schemaVersion: SCHEMA_VERSION, name, value };
}

/** The files a change rewrites, and those it empties (a shard with no observations left is removed). */
export function changedFiles(
  state: DatasetState,
  touched: Touched,
): { write: Map<string, JsonContent>; remove: string[] } {
  const write = new Map<string, JsonContent>();
  const remove: string[] = [];
  if (touched.catalog) write.set(CATALOG_FILE, catalogContent(state.catalog));
  for (const id of touched.shards) {
    const shard = state.shard(id);
    // Made as it is written: an import's hundreds of shard texts are not all held at once.
    if (shard) write.set(shardFile(id.zoneId, id.year), () => shardContent(shard));
    else remove.push(shardFile(id.zoneId, id.year));
  }
  for (const name of touched.meta) {
    const value = state.readMeta(name);
    if (value === undefined) remove.push(metaFile(name));
    else write.set(metaFile(name), metaContent(name, value));
  }
  return { write, remove };
}
