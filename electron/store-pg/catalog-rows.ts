import type { ClientBase } from 'pg';
import type { Catalog, Indicator, IndicatorKind, Zone } from '../../shared/model';
import { SCHEMA } from './migrations';

interface ZoneRow {
  id: string;
  name: string;
  name_zh: string;
  region: string;
  benchmark_zone_id: string | null;
}

interface IndicatorRow {
  id: string;
  name: string;
  name_zh: string;
  unit: string;
  kind: IndicatorKind;
  parent_id: string | null;
  required: boolean;
  plausible_yoy_min: number | null;
  plausible_yoy_max: number | null;
}

export async function readCatalog(client: ClientBase): Promise<Catalog> {
  const zones = await client.query<ZoneRow>(
    `SELECT id, name, name_zh, region, benchmark_zone_id FROM ${SCHEMA}.zones ORDER BY position`,
  );
  const indicators = await client.query<IndicatorRow>(
    `SELECT id, name, name_zh, unit, kind, parent_id, required, plausible_yoy_min, plausible_yoy_max FROM ${SCHEMA}.indicators ORDER BY position`,
  );
  return {
    zones: zones.rows.map((row): Zone => ({
      id: row.id,
      name: row.name,
      nameZh: row.name_zh,
      region: row.region,
      benchmarkZoneId: row.benchmark_zone_id,
    })),
    indicators: indicators.rows.map((row): Indicator => ({
      id: row.id,
      name: row.name,
      nameZh: row.name_zh,
      unit: row.unit,
      kind: row.kind,
      parentId: row.parent_id,
      required: row.required,
      plausibleYoyMin: row.plausible_yoy_min,
      plausibleYoyMax: row.plausible_yoy_max,
    })),
  };
}

/** The whole catalog replaced, in its order (a catalog is small: a few hundred rows at most). */
export async function writeCatalog(client: ClientBase, catalog: Catalog): Promise<void> {
  await client.query(`DELETE FROM ${SCHEMA}.zones`);
  await client.query(`DELETE FROM ${SCHEMA}.indicators`);
  await client.query(
    `INSERT INTO ${SCHEMA}.zones (id, position, name, name_zh, region, benchmark_zone_id)
     SELECT z.id, z.position, z.name, z."nameZh", z.region, z."benchmarkZoneId"
     FROM json_to_recordset($1::json) AS z(position integer, id text, name text, "nameZh" text, region text, "benchmarkZoneId" text)`,
    [JSON.stringify(catalog.zones.map((zone, position) => ({ ...zone, position })))],
  );
  await client.query(
    `INSERT INTO ${SCHEMA}.indicators (id, position, name, name_zh, unit, kind, parent_id, required, plausible_yoy_min, plausible_yoy_max)
     SELECT i.id, i.position, i.name, i."nameZh", i.unit, i.kind, i."parentId", i.required, i."plausibleYoyMin", i."plausibleYoyMax"
     FROM json_to_recordset($1::json) AS i(position integer, id text, name text, "nameZh" text, unit text, kind text, "parentId" text, required boolean,
       "plausibleYoyMin" double precision, "plausibleYoyMax" double precision)`,
    [JSON.stringify(catalog.indicators.map((indicator, position) => ({ ...indicator, position })))],
  );
}
