import { ok, type AppHandlers, type StoreInfo } from '../api';
import type { AppPorts } from './ports';

type StoreHandlers = Pick<
  AppHandlers,
  'getStoreInfo' | 'restoreBackup' | 'acceptDamagedFiles' | 'backupNow' | 'getPreferences' | 'setPreferences'
>;

export function createStoreHandlers({ store, preferences }: AppPorts): StoreHandlers {
  async function info(): Promise<StoreInfo> {
    const stats = await store.stats();
    return { ...stats, backups: await store.listBackups(), notices: store.notices() };
  }

  return {
    getStoreInfo: async () => ok(await info()),
    restoreBackup: async ({ id }) => {
      await store.restoreBackup(id);
      return ok(await info());
    },
    acceptDamagedFiles: async () => {
      await store.acceptDamaged();
      return ok(await info());
    },
    backupNow: async () => {
      await store.backup({ kind: 'manual' });
      return ok(await info());
    },
    getPreferences: async () => ok(preferences.get()),
    setPreferences: async ({ patch }) => ok(preferences.set(patch)),
  };
}
