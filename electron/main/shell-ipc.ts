import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import {
  errorMessage,
  fail,
  ok,
  SHELL_CHANNELS,
  type FileFilter,
  type FileHandle,
  type OpenedFile,
  type Result,
} from '../../shared/api';
import type { FileRegistry } from '../files/file-registry';
import type { SenderFrame } from './app-page';
import type { IpcMainLike } from './ipc';
import { RevealAllowList } from './reveal-allow-list';
import { wrongKindRefusal } from './dropped-file-kind';
import { DroppedFileSchema, OpenFileSchema, RevealSchema, SaveFileSchema, SaveTargetSchema } from './shell-schemas';

/** Electron's dialogs and shell, narrowed to what the page may ask for. */
export interface ShellDeps {
  showOpenDialog(options: {
    title?: string;
    filters?: FileFilter[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: {
    title?: string;
    defaultPath: string;
    filters?: FileFilter[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  showItemInFolder(file: string): void;
  appVersion(): string;
  /** The import size preference, read at each call so a change in Settings applies at once. */
  maxOpenBytes(): number;
  /** Starts the workbook reader while the user chooses a file, so the import does not wait for it to start. */
  warmReader?(): void;
  /** Where the save dialog starts. */
  documentsDirectory: string;
  dataDirectory: string;
  isTrusted(frame: SenderFrame | null): boolean;
  /** Where opened files and chosen save targets are registered; imports read and exports write them by handle. */
  files: FileRegistry;
  log(message: string): void;
}

/** Binds `shell:*`. Failures reject with a readable message: the shell has no Result type. */
export function bindShell(ipcMain: IpcMainLike, deps: ShellDeps): void {
  const allowList = new RevealAllowList(deps.dataDirectory);
  const bind = <T>(channel: string, schema: z.ZodType<T> | null, run: (arg: T) => Promise<unknown> | unknown) => {
    ipcMain.handle(channel, async (event, arg) => {
      if (!deps.isTrusted(event.senderFrame)) {
        deps.log(`refused ${channel} from ${event.senderFrame?.url ?? 'a frame that is gone'}`);
        throw new Error('This page may not call the app.');
      }
      if (!schema) return run(undefined as T);
      const parsed = schema.safeParse(arg);
      if (!parsed.success) throw new Error(`The request to ${channel} is not valid.`);
      return run(parsed.data);
    });
  };

  /** Registers a file to import once it is a regular file within the size preference; no byte of it is read here. */
  async function registerImport(file: string): Promise<Result<OpenedFile>> {
    try {
      const registered = await deps.files.registerRead(file);
      if (!registered.ok) return fail('refused', `${registered.message}.`);
      const { id, name, sizeBytes, kind } = registered.handle;
      const limit = deps.maxOpenBytes();
      if (sizeBytes > limit)
        return fail('refused', `${name} is ${megabytes(sizeBytes)} MB, over the ${megabytes(limit)} MB import limit.`);
      allowList.remember(file);
      return ok({ handle: id, name, sizeBytes, kind });
    } catch (cause) {
      return fail('internal', errorMessage(cause));
    }
  }

  bind(SHELL_CHANNELS.openFile, OpenFileSchema, async (options): Promise<Result<OpenedFile | null>> => {
    deps.warmReader?.();
    const { canceled, filePaths } = await deps.showOpenDialog(options);
    const file = filePaths[0];
    if (canceled || !file) return ok(null);
    return registerImport(file);
  });

  // Only the kind asked for: a drop names its own path, so this keeps it from registering any other kind of file.
  bind(SHELL_CHANNELS.openDroppedFile, DroppedFileSchema, async ({ path: file, kind }): Promise<Result<OpenedFile>> => {
    const refusal = wrongKindRefusal(file, kind);
    return refusal ?? registerImport(file);
  });

  bind(SHELL_CHANNELS.saveFile, SaveFileSchema, async ({ bytes, defaultName, ...options }) => {
    // Only a name: the page does not choose the folder, the user does.
    const defaultPath = path.join(deps.documentsDirectory, path.basename(defaultName));
    const { canceled, filePath } = await deps.showSaveDialog({ ...options, defaultPath });
    if (canceled || !filePath) return null;
    await writeAtomically(filePath, bytes);
    allowList.remember(filePath);
    return filePath;
  });

  bind(
    SHELL_CHANNELS.chooseSaveTarget,
    SaveTargetSchema,
    async ({ defaultName, ...options }): Promise<Result<FileHandle | null>> => {
      try {
        const defaultPath = path.join(deps.documentsDirectory, path.basename(defaultName));
        const { canceled, filePath } = await deps.showSaveDialog({ ...options, defaultPath });
        if (canceled || !filePath) return ok(null);
        allowList.remember(filePath);
        return ok(deps.files.registerWrite(filePath));
      } catch (cause) {
        return fail('internal', errorMessage(cause));
      }
    },
  );

  bind(SHELL_CHANNELS.revealInFolder, RevealSchema, (file) => {
    if (!allowList.allows(file)) throw new Error('Only files opened or saved in this session can be shown.');
    deps.showItemInFolder(file);
  });

  bind(SHELL_CHANNELS.appVersion, null, () => deps.appVersion());
}

/** A half-written export never replaces a good file of the same name. */
async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${file}.${process.pid}.partial`;
  await writeFile(temporary, bytes);
  await rename(temporary, file);
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
}
