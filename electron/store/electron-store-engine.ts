import ElectronStore from 'electron-store';
import type { StoreEngine } from './engine';
import { writerEngine } from './writer-engine';

/**
 * The store inside the Electron main process. Import this file directly (it is not re-exported from
 * index.ts): electron-store imports `electron`, which plain Node cannot load.
 * electron-store names the file with `name` (it overwrites `configName`) and needs an absolute `cwd`.
 */
export const electronStoreEngine: StoreEngine = writerEngine(
  'electron-store',
  (options, baseName) => new ElectronStore<Record<string, unknown>>({ ...options, name: baseName }),
);
