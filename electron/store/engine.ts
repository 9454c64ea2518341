/**
 * How one JSON file of the store is read and written. Two engines exist: `conf` (command line,
 * tests) and electron-store (the app), which is `conf` with Electron defaults; both are given the
 * same folder, file name and serializer, so they read and write the same files.
 */
export interface StoreEngine {
  readonly name: string;
  /** `fileName` is relative to `directory`, ends in `.json` and may name a subfolder. */
  openFile(directory: string, fileName: string): EngineFile;
}

export interface EngineFile {
  readonly path: string;
  /** The file's JSON, or undefined when there is no file; throws DamagedFileError when it is not JSON. */
  read(): unknown;
  /** Replaces the file whole: temporary file, fsync, rename. */
  write(value: Record<string, unknown>): void;
  /**
   * Writes the same bytes as `write` straight into the file, then makes them durable, off the main
   * thread: only for a new file nothing reads before this resolves (a journal's staged files,
   * several written at once while the next one's text is made).
   */
  writeNew(value: Record<string, unknown>): Promise<void>;
}
