/** The small Electron-only surface beside `window.api`: dialogs and the file system's face. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface OpenFileResult {
  path: string;
  name: string;
  /** File contents cross every transport as base64. */
  base64: string;
}

export interface AppShell {
  openFile(options: { title?: string; filters?: FileFilter[] }): Promise<OpenFileResult | null>;
  saveFile(options: { title?: string; defaultName: string; filters?: FileFilter[]; base64: string }): Promise<string | null>;
  revealInFolder(path: string): Promise<void>;
  appVersion(): Promise<string>;
}
