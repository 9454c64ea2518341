import Conf from 'conf';
import { join, resolve } from 'node:path';
import { engineFileOptions } from './engine-options';
import type { EngineFile, StoreEngine } from './engine';
import { readJsonFile } from './json-file';

/** The store outside Electron: conf writes each file atomically (temporary file, fsync, rename). */
export const confEngine: StoreEngine = {
  name: 'conf',
  openFile(directory, fileName): EngineFile {
    const { baseName, ...options } = engineFileOptions(fileName);
    let conf: Conf<Record<string, unknown>> | undefined;
    return {
      path: join(directory, fileName),
      read: () => readJsonFile(join(directory, fileName)),
      write(value) {
        // Made on first write only: conf parses the file when it is constructed.
        conf ??= new Conf({ ...options, cwd: resolve(directory), configName: baseName });
        conf.store = value;
      },
    };
  },
};
