/** Where the dataset lives: this computer's data folder, or a shared PostgreSQL database. */
export type DataLocation = { kind: 'local' } | { kind: 'database'; /** postgres://user@host:port/name, never with its password */ url: string };

/** What a copy between this computer and the database carried. */
export interface CopyOutcome {
  zones: number;
  indicators: number;
  observations: number;
  documents: number;
  /** The backup of the destination taken before it was replaced. */
  backupId: string;
}

export type CopyDirection = 'toDatabase' | 'toLocal';

/** Settings → "Where the data lives", served by main (the password is kept with Electron's safeStorage). */
export interface DataLocationShell {
  getDataLocation(): Promise<DataLocation>;
  /** Tests the connection first; rejects with a readable message and changes nothing when it fails. */
  useDatabase(url: string): Promise<DataLocation>;
  useLocalData(): Promise<DataLocation>;
  /** With a database in use: replaces the database's data with this computer's, or the other way round (a backup of the destination first). */
  copyData(direction: CopyDirection): Promise<CopyOutcome>;
}

export const DATA_LOCATION_CHANNELS = {
  get: 'data-location:get',
  useDatabase: 'data-location:useDatabase',
  useLocal: 'data-location:useLocal',
  copy: 'data-location:copy',
} as const;
