import type { EngineFile, StoreEngine } from '../../../electron/store';

/**
 * `inner` with `beforeWrite` and `afterWrite` run around each of its writes, of a file it replaces
 * (`write`) or of a new one (`writeNew`, the journal's staged files): both count as one write.
 */
export function wrapWrites(
  inner: StoreEngine,
  name: string,
  around: { beforeWrite?(path: string): void; afterWrite?(path: string): void },
): StoreEngine {
  return {
    name,
    openFile(directory, fileName): EngineFile {
      const file = inner.openFile(directory, fileName);
      const wrapped =
        (write: (value: Record<string, unknown>) => void) =>
        (value: Record<string, unknown>): void => {
          around.beforeWrite?.(file.path);
          write(value);
          around.afterWrite?.(file.path);
        };
      return {
        path: file.path,
        read: () => file.read(),
        write: wrapped((value) => file.write(value)),
        async writeNew(value) {
          around.beforeWrite?.(file.path);
          await file.writeNew(value);
          around.afterWrite?.(file.path);
        },
      };
    },
  };
}
