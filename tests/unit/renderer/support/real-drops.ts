import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import type { DroppedFile } from '../../../../shared/api';
import { bindShell } from '../../../../electron/main/shell-ipc';
import { buildShell } from '../../../../electron/preload/build-api';
import { FakeIpcMain } from '../../../e2e/harness/fake-ipc-main';
import type { TestApp } from './test-app';

export interface RealDrops {
  /** Writes a file to disk and answers its path for a dropped File of that name, as `webUtils.getPathForFile` would. */
  onDisk(name: string, bytes: string | Uint8Array): Promise<File>;
  /** The next open dialog picks the file written here under this name. */
  pickNext(name: string, bytes: string | Uint8Array): Promise<void>;
}

/**
 * `window.shell.openFile` and `openDroppedFile` as the app has them: the preload's own bridge over
 * main's own `shell:*` bindings, registering files in the test app's registry, so the screen reads
 * a dropped file through the same checks and handle as in the app. The import size limit is 1 MB.
 */
export async function useRealDrops(app: TestApp): Promise<RealDrops> {
  const folder = await mkdtemp(path.join(tmpdir(), 'zone-stats-drops-'));
  onTestFinished(() => rm(folder, { recursive: true, force: true }));
  const written = async (subfolder: string, name: string, bytes: string | Uint8Array) => {
    const file = path.join(folder, subfolder, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
    return file;
  };
  const paths = new Map<string, string>();
  const picks: string[] = [];
  const ipc = new FakeIpcMain();
  bindShell(ipc, {
    showOpenDialog: async () => {
      const next = picks.shift();
      return next ? { canceled: false, filePaths: [next] } : { canceled: true, filePaths: [] };
    },
    showSaveDialog: async () => ({ canceled: true }),
    showItemInFolder: () => undefined,
    appVersion: () => '0.1.0-test',
    maxOpenBytes: () => 1024 * 1024,
    documentsDirectory: folder,
    dataDirectory: folder,
    isTrusted: () => true,
    files: app.files,
    log: () => undefined,
  });
  const shell = buildShell(
    (channel, arg) => ipc.invoke(channel, { senderFrame: null }, arg),
    () => () => undefined,
    (file: DroppedFile) => paths.get((file as File).name) ?? '',
  );
  window.shell.openFile = shell.openFile;
  window.shell.openDroppedFile = shell.openDroppedFile;
  return {
    async onDisk(name, bytes) {
      paths.set(name, await written('dropped', name, bytes));
      return new File(['the page never reads these bytes'], name);
    },
    async pickNext(name, bytes) {
      picks.push(await written('picked', name, bytes));
    },
  };
}
