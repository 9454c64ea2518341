import type { z } from 'zod';
import { briefSchemas, type BriefResults } from './brief';
import { catalogSchemas, type CatalogResults } from './catalog';
import { entrySchemas, type EntryResults } from './entry';
import { exportSchemas, type ExportResults } from './export';
import { importSchemas, type ImportResults } from './import';
import { metricsSchemas, type MetricsResults } from './metrics';
import { observationSchemas, type ObservationResults } from './observations';
import { sampleSchemas, type SampleResults } from './sample';
import type { Result } from './result';
import { storeSchemas, type StoreResults } from './store';

/** Every method's argument schema: the main process validates each call with it. */
export const API_SCHEMAS = {
  ...catalogSchemas,
  ...observationSchemas,
  ...storeSchemas,
  ...entrySchemas,
  ...metricsSchemas,
  ...exportSchemas,
  ...importSchemas,
  ...briefSchemas,
  ...sampleSchemas,
};

/** What each method gives back when it succeeds. */
export type ApiResults = CatalogResults &
  ObservationResults &
  StoreResults &
  EntryResults &
  MetricsResults &
  ExportResults &
  ImportResults &
  BriefResults &
  SampleResults;

export type ApiMethod = keyof ApiResults;
type Schemas = typeof API_SCHEMAS;

/** What the renderer calls: one argument object per method, a Result back. */
export type AppApi = {
  [K in ApiMethod]: (arg: z.input<Schemas[K]>) => Promise<Result<ApiResults[K]>>;
};

/** What the use cases implement: the same methods, receiving the validated argument. */
export type AppHandlers = {
  [K in ApiMethod]: (arg: z.output<Schemas[K]>) => Promise<Result<ApiResults[K]>>;
};

/** The one list the preload builds `window.api` from, and main binds `api:<method>` for. */
export const API_METHODS = [
  'listZones',
  'createZone',
  'updateZone',
  'deleteZone',
  'listIndicators',
  'createIndicator',
  'updateIndicator',
  'deleteIndicator',
  'getObservations',
  'getObservationVersions',
  'saveObservations',
  'getStoreInfo',
  'restoreBackup',
  'acceptDamagedFiles',
  'backupNow',
  'getPreferences',
  'setPreferences',
  'getEntryStatuses',
  'setEntryStatus',
  'deleteObservations',
  'getObservationHistory',
  'getMetrics',
  'getBulletin',
  'exportWorkbook',
  'exportMetricsCsv',
  'getExportProgress',
  'cancelExport',
  'previewImport',
  'commitImport',
  'getImportItems',
  'getImportProblems',
  'getImportProgress',
  'cancelImport',
  'undoImport',
  'listImports',
  'listImportProfiles',
  'saveImportProfile',
  'deleteImportProfile',
  'readBriefFile',
  'previewBrief',
  'commitBrief',
  'getSampleStatus',
  'openSampleData',
  'leaveSampleData',
] as const satisfies readonly ApiMethod[];

type Listed = (typeof API_METHODS)[number];
type Unlisted = Exclude<ApiMethod, Listed> | Exclude<keyof Schemas, ApiMethod>;
/** Fails to compile when a method is declared but not listed, or has a schema but no result type. */
const contractIsComplete: [Unlisted] extends [never] ? true : Unlisted = true;
void contractIsComplete;

export const API_CHANNEL_PREFIX = 'api:';
export function apiChannel(method: ApiMethod): string {
  return `${API_CHANNEL_PREFIX}${method}`;
}
