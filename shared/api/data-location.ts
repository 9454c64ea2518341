/** Where the dataset lives: this computer's data folder, or a shared PostgreSQL database. */
export type DataLocation =
  { kind: 'local' } | { kind: 'database'; /** postgres://user@host:port/name, never with its password */ url: string };

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

/** Another user's commit to the shared database, as main passes it to the page. */
export interface ChangedElsewhere {
  /** The database user who committed it. */
  by: string;
  zoneIds: string[];
  catalog: boolean;
  /** The whole dataset was replaced (a restored backup, a copy). */
  replaced: boolean;
}

export function isChangedElsewhere(value: unknown): value is ChangedElsewhere {
  if (typeof value !== 'object' || value === null) return false;
  const { by, zoneIds, catalog, replaced } = value as Record<string, unknown>;
  return (
    typeof by === 'string' &&
    Array.isArray(zoneIds) &&
    zoneIds.every((id) => typeof id === 'string') &&
    typeof catalog === 'boolean' &&
    typeof replaced === 'boolean'
  );
}

/** Settings → "Where the data lives", served by main (the password is kept with Electron's safeStorage). */
export interface DataLocationShell {
  getDataLocation(): Promise<DataLocation>;
  /** Tests the connection first; rejects with a readable message and changes nothing when it fails. */
  useDatabase(url: string): Promise<DataLocation>;
  useLocalData(): Promise<DataLocation>;
  /** With a database in use: replaces the database's data with this computer's, or the other way round (a backup of the destination first). */
  copyData(direction: CopyDirection): Promise<CopyOutcome>;
  /** Calls `listener` for every commit other users make to the shared database in use; returns the unsubscribe. */
  onChangedElsewhere(listener: (change: ChangedElsewhere) => void): () => void;
}

export const DATA_LOCATION_CHANNELS = {
  get: 'data-location:get',
  useDatabase: 'data-location:useDatabase',
  useLocal: 'data-location:useLocal',
  copy: 'data-location:copy',
  changedElsewhere: 'data-location:changedElsewhere',
} as const;
