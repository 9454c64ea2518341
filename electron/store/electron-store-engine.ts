import ElectronStore from 'electron-store';
import { join, resolve } from 'node:path';
import { engineFileOptions } from './engine-options';
import type { EngineFile, StoreEngine } from './engine';
import { readJsonFile } from './json-file';

/**
 * The store inside the Electron main process. Import this file directly (it is not re-exported from
 * index.ts): electron-store imports `electron`, which plain Node cannot load.
 * electron-store names the file with `name` (it overwrites `configName`) and needs an absolute `cwd`.
 */
export const electronStoreEngine: StoreEngine = {
  name: 'electron-store',
  openFile(directory, fileName): EngineFile {
    const { baseName, ...options } = engineFileOptions(fileName);
    let store: ElectronStore<Record<string, unknown>> | undefined;
    return {
      path: join(directory, fileName),
      read: () => readJsonFile(join(directory, fileName)),
      write(value) {
        store ??= new ElectronStore({ ...options, cwd: resolve(directory), name: baseName });
        store.store = value;
      },
    };
  },
};
