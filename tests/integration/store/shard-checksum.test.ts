import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatasetStore } from '../../../electron/store';
import { shardFile } from '../../../electron/store/layout';
import { checkedShard } from '../../../electron/store/shard-checksum';
import { makeCatalog, makeObservations, steppingClock, useTempDirectories, zoneId } from './fixtures';

const tempDirectory = useTempDirectories();

/** Two zones × one year, written by the store. */
async function seed(): Promise<string> {
  const directory = await tempDirectory();
  const store = await openDatasetStore({ directory, clock: steppingClock() });
  await store.commit({ catalog: makeCatalog(2, 2), upsert: makeObservations({ zones: 2, indicators: 2, years: 1 }) });
  await store.close();
  return directory;
}

const textOf = (directory: string, zone: number) =>
  readFileSync(join(directory, shardFile(zoneId(zone), 2016)), 'utf8');

describe('a shard is validated when written and checked by its checksum when read (issue 11 §3)', () => {
  it("takes the store's own bytes as JSON.parse returns them", async () => {
    const text = textOf(await seed(), 0);
    expect(checkedShard(text, JSON.parse(text))).toEqual(JSON.parse(text));
  });

  it('sends a file whose bytes changed to the full check: a valid edit still loads, figures as edited', async () => {
    const directory = await seed();
    const edited = textOf(directory, 0).replaceAll('"value":1001,', '"value":1002,');
    expect(checkedShard(edited, JSON.parse(edited))).toBeNull();
    writeFileSync(join(directory, shardFile(zoneId(0), 2016)), edited);

    const store = await openDatasetStore({ directory });
    expect(store.notices()).toEqual([]);
    const values = (await store.readObservations({ zoneIds: [zoneId(0)] })).map((observation) => observation.value);
    expect(values).toContain(1002);
    expect(values).not.toContain(1001);
    await store.close();
  });

  it('sends a file that is not valid UTF-8 to the full check', async () => {
    const bytes = Buffer.from(textOf(await seed(), 0));
    bytes[bytes.indexOf('Municipal')] = 0xff;
    const text = bytes.toString('utf8');
    expect(checkedShard(text, JSON.parse(text))).toBeNull();
  });

  it("is seeded with the zone and year: another zone's observations under a rewritten header do not pass", async () => {
    const directory = await seed();
    const moved = textOf(directory, 0).replace(`"zoneId":"${zoneId(0)}"`, `"zoneId":"${zoneId(1)}"`);
    expect(checkedShard(moved, JSON.parse(moved))).toBeNull();
    writeFileSync(join(directory, shardFile(zoneId(1), 2016)), moved);

    const store = await openDatasetStore({ directory });
    expect(store.notices().map((notice) => notice.file)).toEqual([join(directory, shardFile(zoneId(1), 2016))]);
    await store.close();
  });
});
