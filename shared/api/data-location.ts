/** Where the dataset lives: this computer's data folder, or a shared PostgreSQL database. */
export type DataLocation = { kind: 'local' } | { kind: 'database'; /** postgres://user@host:port/name, never with its password */ url: string };

/** Settings → "Where the data lives", served by main (the password is kept with Electron's safeStorage). */
export interface DataLocationShell {
  getDataLocation(): Promise<DataLocation>;
  /** Tests the connection first; rejects with a readable message and changes nothing when it fails. */
  useDatabase(url: string): Promise<DataLocation>;
  useLocalData(): Promise<DataLocation>;
}

export const DATA_LOCATION_CHANNELS = {
  get: 'data-location:get',
  useDatabase: 'data-location:useDatabase',
  useLocal: 'data-location:useLocal',
} as const;
