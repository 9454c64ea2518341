import { describe } from 'vitest';
import { KEEP_BACKUPS } from '../../../electron/store';
import { openPgDatasetStore, type OpenedPgDatasetStore } from '../../../electron/store-pg';
import { createDatasetDatabase } from '../postgres/dataset-database';
import { postgresMissing } from '../postgres/server';
import { postgresForSuite } from '../postgres/suite';
import { storeContract } from './contract';

const missing = postgresMissing();

describe.skipIf(missing)('PostgreSQL', () => {
  const postgres = postgresForSuite();

  const urls = new WeakMap<object, string>();
  storeContract('PostgreSQL, as an admin user (not a superuser), a fresh database per test', {
    keepBackups: KEEP_BACKUPS,
    async create(clock) {
      const database = await createDatasetDatabase(postgres.server());
      const url = await database.user('ada', 'admin');
      const store = await openPgDatasetStore({ url, clock });
      urls.set(store, url);
      return store;
    },
    async reopen(store, clock) {
      await store.close();
      const url = urls.get(store)!;
      const reopened: OpenedPgDatasetStore = await openPgDatasetStore({ url, clock });
      urls.set(reopened, url);
      return reopened;
    },
  });
});
