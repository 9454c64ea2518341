import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { confEngine, openDatasetStore, type StoreEngine } from '../../../electron/store';
import { listDatasetFiles } from '../../../electron/store/layout';
import { makeCatalog, makeObservations, useTempDirectories } from './fixtures';

const tempDirectory = useTempDirectories();
let electronStoreEngine: StoreEngine;

beforeAll(async () => {
  // electron-store imports `electron`, whose npm package only resolves a binary path; this keeps it
  // from trying to download one. Outside Electron, electron-store runs as conf given an absolute cwd.
  process.env.ELECTRON_OVERRIDE_DIST_PATH ??= '/nonexistent-electron';
  ({ electronStoreEngine } = await import('../../../electron/store/electron-store-engine'));
});

async function writeDataset(engine: StoreEngine): Promise<string> {
  const directory = await tempDirectory();
  const store = await openDatasetStore({
    directory,
    engine,
    clock: { now: () => new Date('2026-11-28T10:00:00.000Z') },
  });
  await store.commit({
    catalog: makeCatalog(2, 2),
    upsert: makeObservations({ zones: 2, indicators: 2, years: 2, revisions: 1 }),
    meta: { 'entry-status.zone-01': { x: 1 } },
  });
  await store.commit({ upsert: makeObservations({ zones: 1, indicators: 1, years: 1, value: 5 }) });
  await store.close();
  return directory;
}

describe('conf and electron-store engines', () => {
  it('write byte-for-byte the same files', async () => {
    const byConf = await writeDataset(confEngine);
    const byElectronStore = await writeDataset(electronStoreEngine);
    const files = listDatasetFiles(byConf);
    expect(listDatasetFiles(byElectronStore)).toEqual(files);
    expect(files).toHaveLength(1 + 4 + 1);
    for (const file of files)
      expect(readFileSync(join(byElectronStore, file), 'utf8'), file).toBe(readFileSync(join(byConf, file), 'utf8'));
  });

  it('read each other’s files', async () => {
    const directory = await writeDataset(electronStoreEngine);
    const store = await openDatasetStore({ directory, engine: confEngine });
    expect(await store.readObservations({})).toHaveLength(2 * 2 * 2 * 24);
    expect(await store.readCatalog()).toEqual(makeCatalog(2, 2));
    await store.close();
  });
});
