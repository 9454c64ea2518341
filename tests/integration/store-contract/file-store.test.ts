import { describe, expect, it } from 'vitest';
import { KEEP_BACKUPS, openDatasetStore, type OpenedDatasetStore } from '../../../electron/store';
import { observationKey } from '../../../shared/model';
import { makeObservation, useTempDirectories, zoneId } from '../store/fixtures';
import { storeContract, type ClosableStore } from './contract';

const tempDirectory = useTempDirectories();

storeContract('the file store on a temporary folder', {
  keepBackups: KEEP_BACKUPS,
  create: async (clock) => openDatasetStore({ directory: await tempDirectory(), clock }),
  async reopen(store, clock) {
    await store.close();
    return openDatasetStore({ directory: (store as ClosableStore & OpenedDatasetStore).directory, clock });
  },
});

storeContract('the file store opened lazily', {
  keepBackups: KEEP_BACKUPS,
  create: async (clock) => openDatasetStore({ directory: await tempDirectory(), clock, lazy: true }),
  async reopen(store, clock) {
    await store.close();
    return openDatasetStore({ directory: (store as ClosableStore & OpenedDatasetStore).directory, clock, lazy: true });
  },
});

describe('the file store and expectedVersions', () => {
  it('ignores them: it is the only writer of its folder (its lock keeps others out), so there is nothing to conflict with', async () => {
    const store = await openDatasetStore({ directory: await tempDirectory() });
    const cell = makeObservation(zoneId(0), 'ind-01', '2025-05', 'ytd', { value: 1 });
    await store.commit({ upsert: [cell], expectedVersions: { [observationKey(cell)]: 41 } });
    expect((await store.readObservations({})).map((o) => o.value)).toEqual([1]);
    await store.close();
  });
});
