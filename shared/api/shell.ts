import type { DroppedFileKind, FileHandle } from './files';
import type { Result } from './result';
import type { DataLocationShell } from './data-location';

/** The small Electron-only surface beside `window.api`: dialogs and the file system's face. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/** A file main registered for reading: the page names it by `handle`; its bytes stay in main. */
export interface OpenedFile {
  handle: string;
  name: string;
  sizeBytes: number;
  /** The extension, lower case, without the dot (`xlsx`, `csv`). */
  kind: string;
}

/** The `File` of a drop event (a DOM type: shared/ does not name it). */
export type DroppedFile = object;

/** The screens the menu can open (Navigate → …, CmdOrCtrl+1…6). */
export const SCREENS = ['entry', 'compare', 'import', 'brief', 'export', 'zones', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];

/**
 * What a menu item asks the page to do. Undo and redo arrive after main has already undone any
 * text edit natively, so the page acts on them only when no editable element has focus.
 */
export type MenuCommand =
  { kind: 'navigate'; screen: Screen } | { kind: 'import' } | { kind: 'export' } | { kind: 'undo' } | { kind: 'redo' };

/** Where the data lives is the desktop app's alone: a browser host has no such methods. */
export interface AppShell extends Partial<DataLocationShell> {
  /**
   * The open dialog: main registers the chosen file for reading and returns its handle (null when
   * the dialog was closed); refused when it is not a regular file or is over the import size preference.
   */
  openFile(options: { title?: string; filters?: FileFilter[] }): Promise<Result<OpenedFile | null>>;
  /**
   * A dropped file: the preload finds its path and main registers it after the same checks as
   * `openFile`, and only with an extension of `kind` (else refused, `details.reason` `wrongKind`).
   */
  openDroppedFile(file: DroppedFile, kind: DroppedFileKind): Promise<Result<OpenedFile>>;
  /** Saves bytes the page itself made (a chart's PNG). */
  saveFile(options: {
    title?: string;
    defaultName: string;
    filters?: FileFilter[];
    bytes: Uint8Array;
  }): Promise<string | null>;
  /**
   * The save dialog for a file main will write (an export): the handle of the chosen target, or
   * null when the dialog was closed. Nothing is written until an export is given the handle.
   */
  chooseSaveTarget(options: {
    title?: string;
    defaultName: string;
    filters?: FileFilter[];
  }): Promise<Result<FileHandle | null>>;
  /** Only paths this session opened or saved, or inside the data folder, are revealed. */
  revealInFolder(path: string): Promise<void>;
  appVersion(): Promise<string>;
  /** Calls `listener` for every menu command until the returned function is called. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** The shell's IPC channels: invoke channels page → main, `menuCommand` main → page. */
export const SHELL_CHANNELS = {
  openFile: 'shell:openFile',
  openDroppedFile: 'shell:openDroppedFile',
  saveFile: 'shell:saveFile',
  chooseSaveTarget: 'shell:chooseSaveTarget',
  revealInFolder: 'shell:revealInFolder',
  appVersion: 'shell:appVersion',
  menuCommand: 'shell:menuCommand',
} as const;

export function isMenuCommand(value: unknown): value is MenuCommand {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, screen } = value as { kind?: unknown; screen?: unknown };
  if (kind === 'navigate') return (SCREENS as readonly unknown[]).includes(screen);
  return kind === 'import' || kind === 'export' || kind === 'undo' || kind === 'redo';
}
