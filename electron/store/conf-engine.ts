import Conf from 'conf';
import type { StoreEngine } from './engine';
import { writerEngine } from './writer-engine';

/** The store outside Electron: conf writes each file atomically (temporary file, fsync, rename). */
export const confEngine: StoreEngine = writerEngine(
  'conf',
  (options, baseName) => new Conf<Record<string, unknown>>({ ...options, configName: baseName }),
);
