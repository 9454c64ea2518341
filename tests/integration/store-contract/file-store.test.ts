import { KEEP_BACKUPS, openDatasetStore, type OpenedDatasetStore } from '../../../electron/store';
import { useTempDirectories } from '../store/fixtures';
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
