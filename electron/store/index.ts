export { openDatasetStore, type DatasetStoreOptions, type OpenedDatasetStore } from './dataset-store';
export {
  openPreferencesStore,
  PREFERENCES_FILE,
  type OpenedPreferencesStore,
  type PreferencesStoreOptions,
} from './preferences-store';
export {
  openWindowStateStore,
  WINDOW_STATE_FILE,
  WindowStateSchema,
  type WindowState,
  type WindowStateStore,
  type WindowStateStoreOptions,
} from './window-state-store';
export { defaultDataDirectory, DATASET_FOLDER, PRODUCT_NAME } from './data-directory';
export { confEngine } from './conf-engine';
export type { EngineFile, StoreEngine } from './engine';
export { DamagedFileError, StoreClosedError, StoreLockedError, StoreVersionError } from './errors';
export { KEEP_BACKUPS } from './backups';
export { SCHEMA_VERSION } from './file-schemas';
// electronStoreEngine is imported from './electron-store-engine' by the Electron main process only.
