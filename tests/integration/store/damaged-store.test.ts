import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../shared/app';
import { openDatasetStore, openPreferencesStore } from '../../../electron/store';
import { shardFile } from '../../../electron/store/layout';
import {
  CLOCK,
  figures,
  fixture,
  hashFolder,
  openImportApp,
  testFiles,
  unwrap,
  workbookFile,
  type ImportApp,
} from '../import/import-app';

/** An import that adds bt's 2025-06 (the seed goes up to 2025-05), into the shard of bt's 2025. */
const CHANGE = await workbookFile('change.xlsx', {
  Observations: [
    ['zone', 'indicator', 'period', 'basis', 'value', 'yoy_pct', 'source', 'note'],
    ['bt', 'iav', '2025-06', 'ytd', 1400000, 14.9, 'Baotou bureau', ''],
  ],
});

let app: ImportApp | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

/** The seed imported, then the store closed: its folder as a user's would be. */
async function seeded(): Promise<ImportApp> {
  app = await openImportApp();
  unwrap(await app.api.commitImport({ file: await fixture('canonical.xlsx') }));
  await app.store.backup({ kind: 'other', words: 'after the seed' });
  await app.store.close();
  return app;
}

async function reopen(current: ImportApp): Promise<ImportApp> {
  await current.store.close();
  const store = await openDatasetStore({ directory: current.directory, clock: CLOCK });
  const api = createHandlers({
    store,
    preferences: openPreferencesStore({ directory: current.directory }),
    clock: CLOCK,
    files: testFiles,
  });
  app = { ...current, store, api, hash: async () => hashFolder(current.directory) };
  return app;
}

describe('a damaged store refuses writes until restored or accepted (issue 10 §4)', () => {
  it('a truncated shard: the next import is refused (not a fresh shard of its rows), reads say what is missing, and it stays so across opens', async () => {
    let current = await seeded();
    const shard = join(current.directory, shardFile('bt', 2025));
    const whole = readFileSync(shard, 'utf8');
    writeFileSync(shard, whole.slice(0, Math.floor(whole.length / 2)));
    current = await reopen(current);
    const before = await current.hash();

    const refused = await current.api.commitImport({ file: CHANGE });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('refused');
    expect(refused.error.message).toMatch(
      /has a damaged file set aside \(observations\/zone-bt\/2025\.damaged-\d{8}T\d{9}Z\.json\): writing now would lose what it holds for good, so nothing was written\. Restore the latest backup, \S+ /,
    );
    expect(await current.hash()).toBe(before);

    // Reads go on, and say what is missing.
    const info = unwrap(await current.api.getStoreInfo({}));
    expect(info.notices.map((notice) => notice.file)).toEqual([shard]);
    expect(info.notices[0]!.latestBackupId).toBe(info.backups[0]!.id);

    // A later open (the next command) still refuses: the decision is the user's.
    current = await reopen(current);
    expect(current.store.setAside()).toHaveLength(1);
    expect((await current.api.commitImport({ file: CHANGE })).ok).toBe(false);
    expect(unwrap(await current.api.getStoreInfo({})).notices.map((notice) => notice.file)).toEqual([shard]);
  });

  it('an invalid catalog: an import is refused instead of recreating zones and indicators bare', async () => {
    let current = await seeded();
    writeFileSync(join(current.directory, 'catalog.json'), '{"schemaVersion":');
    current = await reopen(current);
    // Its zones are unknown now, so the rows are refused; told to create them, the store refuses the write.
    expect((await current.api.commitImport({ file: CHANGE })).ok).toBe(false);
    const result = await current.api.commitImport({ file: CHANGE, options: { createZones: true } });
    expect(result.ok || result.error.code).toBe('refused');
    expect(existsSync(join(current.directory, 'catalog.json'))).toBe(false);
  });

  it('accepting the loss keeps the damaged file (under damaged-accepted/) and lets writes through', async () => {
    let current = await seeded();
    const shard = join(current.directory, shardFile('bt', 2025));
    writeFileSync(shard, '{"schemaVersion":1,"zoneId":"bt"');
    current = await reopen(current);
    const [movedAside] = current.store.setAside();
    const moved = await current.store.acceptDamaged();
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatch(new RegExp(`damaged-accepted/\\d{8}T\\d{9}Z/${movedAside!.replace(/\./g, '\\.')}$`));
    expect(readFileSync(moved[0]!, 'utf8')).toBe('{"schemaVersion":1,"zoneId":"bt"');
    expect(current.store.notices()).toEqual([]);
    unwrap(await current.api.commitImport({ file: CHANGE }));
    // What the shard held is gone (accepted); the import's row is there.
    expect(Object.keys(await figures(current)).filter((key) => key.startsWith('bt|iav|2025'))).toEqual([
      'bt|iav|2025-06|ytd',
    ]);
  });

  it('restoring the offered backup brings the figures back and lifts the refusal', async () => {
    let current = await seeded();
    const seedFigures = await (async () => {
      const probe = await reopen(current);
      return figures(probe);
    })();
    current = app!;
    const shard = join(current.directory, shardFile('bt', 2025));
    writeFileSync(shard, '');
    current = await reopen(current);
    const latest = current.store.notices()[0]!.latestBackupId!;
    unwrap(await current.api.restoreBackup({ id: latest }));
    expect(current.store.setAside()).toEqual([]);
    expect(await figures(current)).toEqual(seedFigures);
    unwrap(await current.api.commitImport({ file: CHANGE }));
    expect(await figures(current)).toEqual({ ...seedFigures, 'bt|iav|2025-06|ytd': [1400000, 14.9] });
    // The damaged file is kept, out of the way.
    expect(readdirSync(join(current.directory, 'damaged-accepted'))).toHaveLength(1);
  });
});

describe('a change that cannot be put in place is never reported committed (issue 10 §5)', () => {
  it('a folder where a shard belongs: the import waits in the log, and writing it says which file and how to fix it', async () => {
    let current = await seeded();
    current = await reopen(current);
    const shard = join(current.directory, shardFile('bt', 2025));
    rmSync(shard);
    mkdirSync(join(shard, 'in-the-way'), { recursive: true });

    // A small import is durable once in the write-ahead log: that much is true.
    unwrap(await current.api.commitImport({ file: CHANGE }));
    await expect(current.store.flush()).rejects.toThrow(
      `The change was not put in place: ${shard} is blocked by a folder of that name (or a file where a folder belongs): move it out of the way. It is kept in ${join(current.directory, 'journal')} and is finished the next time the dataset opens, once that is fixed.`,
    );
    // Nothing more is written on top of a change that is not in place.
    await expect(current.store.commit({ meta: { note: { a: 1 } } })).rejects.toThrow(
      /^The change was not put in place/,
    );
    await current.store.close().catch(() => undefined);

    rmSync(shard, { recursive: true });
    current = await reopen(current);
    await current.store.flush();
    expect((await figures(current))['bt|iav|2025-06|ytd']).toEqual([1400000, 14.9]);
    expect(
      JSON.parse(readFileSync(shard, 'utf8')).observations.some((o: { period: string }) => o.period === '2025-06'),
    ).toBe(true);
  });

  it('a large commit through the journal: refused with the file and the fix, later writes refused, the next open says so, and finishes it once fixed', async () => {
    const current = await seeded();
    const directory = current.directory;
    const store = await openDatasetStore({ directory, clock: CLOCK });
    const shard = join(directory, shardFile('zone-01', 2016));
    mkdirSync(join(shard, 'in-the-way'), { recursive: true });
    // Over 2,000 observations: written straight into the shards through the journal, not the log.
    const { makeCatalog, makeObservations } = await import('./fixtures');
    const change = { catalog: makeCatalog(2, 20), upsert: makeObservations({ zones: 2, indicators: 20, years: 3 }) };
    expect(change.upsert.length).toBeGreaterThan(2000);
    const message =
      /^The change was not put in place: .*zone-zone-01\/2016\.json is blocked by a folder of that name \(or a file where a folder belongs\): move it out of the way\. It is kept in .*journal and is finished the next time the dataset opens, once that is fixed\.$/;
    await expect(store.commit(change)).rejects.toThrow(message);
    await expect(store.commit({ meta: { note: { a: 1 } } })).rejects.toThrow(message);
    await store.close().catch(() => undefined);
    await expect(openDatasetStore({ directory, clock: CLOCK })).rejects.toThrow(message);

    rmSync(shard, { recursive: true });
    const fixed = await openDatasetStore({ directory, clock: CLOCK });
    expect(await fixed.readObservations({ zoneIds: ['zone-01'] })).toHaveLength(change.upsert.length / 2);
    await fixed.close();
  });
});

describe('a write-ahead log record that fails its checksum (issue 10 §8)', () => {
  it('is kept aside like any damaged file: reported, writes refused until accepted', async () => {
    const current = await seeded();
    const directory = current.directory;
    const store = await openDatasetStore({ directory, clock: CLOCK });
    await store.commit({ meta: { first: { n: 1 } } });
    await store.commit({ meta: { second: { n: 2 } } });
    const log = readFileSync(join(directory, 'wal.log'), 'utf8');
    await store.close();
    // The first record's body changed after its checksum was written: a garbled disk block.
    const lines = log.split('\n');
    lines[0] = lines[0]!.replace('"n":1', '"n":7');
    writeFileSync(join(directory, 'wal.log'), lines.join('\n'));

    const reopened = await openDatasetStore({ directory, clock: CLOCK });
    const [notice] = reopened.notices();
    expect(notice).toMatchObject({ kind: 'damaged-file', file: join(directory, 'wal.log') });
    expect(readFileSync(notice!.movedTo, 'utf8')).toContain('"n":7');
    expect(reopened.setAside()).toEqual([notice!.movedTo.slice(directory.length + 1)]);
    await expect(reopened.commit({ meta: { third: { n: 3 } } })).rejects.toThrow(
      /has a damaged file set aside \(wal\.damaged-\d{8}T\d{9}Z\.log\)/,
    );
    await reopened.acceptDamaged();
    await reopened.commit({ meta: { third: { n: 3 } } });
    expect(await reopened.readMeta('third')).toEqual({ n: 3 });
    await reopened.close();
  });
});
