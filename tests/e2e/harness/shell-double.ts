import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ShellDeps } from '../../../electron/main/shell-ipc';

/**
 * What the test controls in place of Electron's dialogs: the files the next open dialogs pick,
 * whether a save dialog is cancelled, and what was saved and revealed.
 */
export class ShellDouble {
  private readonly openQueue: (string | null)[] = [];
  private readonly dropped = new Map<string, string>();
  private cancelNextSave = false;
  readonly saved: string[] = [];
  readonly revealed: string[] = [];
  readonly documentsDirectory: string;

  constructor(private readonly workDirectory: string) {
    this.documentsDirectory = path.join(workDirectory, 'documents');
    mkdirSync(this.documentsDirectory, { recursive: true });
  }

  /** The next open dialog picks this file; bytes are written to a temporary file of that name first. */
  queueOpenFile(file: string | { name: string; bytes: Uint8Array }): string {
    let filePath: string;
    if (typeof file === 'string') {
      filePath = file;
    } else {
      const folder = path.join(this.workDirectory, 'picked');
      mkdirSync(folder, { recursive: true });
      filePath = path.join(folder, path.basename(file.name));
      writeFileSync(filePath, file.bytes);
    }
    this.openQueue.push(filePath);
    return filePath;
  }

  /**
   * A file the test is about to drop on the page: written to a temporary file of that name, whose
   * path `webUtils.getPathForFile` would give for a File of that name.
   */
  placeDroppedFile(file: { name: string; bytes: Uint8Array }): string {
    const folder = path.join(this.workDirectory, 'dropped');
    mkdirSync(folder, { recursive: true });
    const filePath = path.join(folder, path.basename(file.name));
    writeFileSync(filePath, file.bytes);
    this.dropped.set(file.name, filePath);
    return filePath;
  }

  /** The path of a dropped file, '' for a file not on disk (as `webUtils.getPathForFile` answers). */
  pathForFile(name: string): string {
    return this.dropped.get(name) ?? '';
  }

  /** The next open dialog is cancelled. */
  queueOpenCancel(): void {
    this.openQueue.push(null);
  }

  cancelNextSaveDialog(): void {
    this.cancelNextSave = true;
  }

  deps(options: {
    appVersion: string;
    dataDirectory: string;
    maxOpenBytes(): number;
    isTrusted: ShellDeps['isTrusted'];
    files: ShellDeps['files'];
  }): ShellDeps {
    return {
      showOpenDialog: async () => {
        const next = this.openQueue.shift() ?? null;
        return next === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [next] };
      },
      // The user accepts the proposed name in the documents folder.
      showSaveDialog: async ({ defaultPath }) => {
        if (this.cancelNextSave) {
          this.cancelNextSave = false;
          return { canceled: true };
        }
        this.saved.push(defaultPath);
        return { canceled: false, filePath: defaultPath };
      },
      showItemInFolder: (file) => {
        this.revealed.push(file);
      },
      appVersion: () => options.appVersion,
      maxOpenBytes: options.maxOpenBytes,
      documentsDirectory: this.documentsDirectory,
      dataDirectory: options.dataDirectory,
      isTrusted: options.isTrusted,
      files: options.files,
      log: () => undefined,
    };
  }
}
