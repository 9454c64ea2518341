import { join, resolve } from 'node:path';
import type { EngineFile, StoreEngine } from './engine';
import { engineFileOptions } from './engine-options';
import { writeNewFileDurably } from './durable-fs';
import { readJsonFile, serializedJson } from './json-file';

type WriterOptions = Omit<ReturnType<typeof engineFileOptions>, 'baseName'> & { cwd: string };

/**
 * An engine whose files are read as plain JSON and written by a conf-like writer (conf,
 * electron-store), made on a file's first write only: it parses the file when it is constructed.
 */
export function writerEngine(
  name: string,
  makeWriter: (options: WriterOptions, baseName: string) => { store: Record<string, unknown> },
): StoreEngine {
  return {
    name,
    openFile(directory, fileName): EngineFile {
      const { baseName, ...options } = engineFileOptions(fileName);
      let writer: { store: Record<string, unknown> } | undefined;
      return {
        path: join(directory, fileName),
        read: () => readJsonFile(join(directory, fileName)),
        write(value) {
          writer ??= makeWriter({ ...options, cwd: resolve(directory) }, baseName);
          writer.store = value;
        },
        // The bytes conf and electron-store write (their serializer is serializeJson, which decodes these same bytes).
        writeNew: (value) => writeNewFileDurably(join(directory, fileName), serializedJson(value)),
      };
    },
  };
}
