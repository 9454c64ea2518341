import type { BackupInfo, BackupReason, FileHandle, ObservationQuery, Preferences, StoreNotice } from '../api';
import type { Catalog, Observation, ObservationKey } from '../model';
import type { ReadOptions, ReadOutcome } from '../workbook/read';
import type { ByteSink, RawDeflate, Table } from '../workbook/write';
import type { ZoneMonths } from './zone-months';
import type { JobProgress } from './import/jobs';
import type { PlanOutcome, PlanRequest } from './import/plan';

/** One all-or-nothing change of the dataset. */
export interface DatasetChange {
  catalog?: Catalog;
  upsert?: Observation[];
  remove?: ObservationKey[];
  /** Small named documents beside the dataset (entry statuses, deleted observations): name → JSON value, null removes it. */
  meta?: Record<string, unknown>;
  /**
   * Optional optimistic concurrency: observationKey → the version the change was based on (0: the
   * observation did not exist). A store with versions (PostgreSQL) refuses the whole change with a
   * StoreConflictError when any of them moved on; the file store, the only writer of its folder, ignores it.
   */
  expectedVersions?: Record<string, number>;
  /**
   * The caller gives the upserted observations to the store and never touches them again (an
   * import's fresh rows): a store may then keep them as they are instead of copying each.
   */
  handedOver?: boolean;
}

/** A replaced or deleted version of an observation as a shared store recorded it: its figures, who made it, who replaced it. */
export interface StoredRevision {
  value: number | null;
  yoyPct: number | null;
  source: string;
  note: string;
  changedBy: string;
  changedAt: string;
  replacedBy: string;
  replacedAt: string;
  deleted: boolean;
}

/** Another connection's commit, as a shared store announces it. */
export interface StoreCommitEvent {
  /** The database user who committed it. */
  by: string;
  at: string;
  catalog: boolean;
  /** Zones whose observations changed. */
  zoneIds: string[];
  /** The zone-months whose observations changed, when the announcement had room for them. */
  zoneMonths?: ZoneMonths;
  meta: string[];
  /** The dataset was replaced wholesale (a restored backup). */
  replaced: boolean;
}

export interface StoreStats {
  location: string;
  sizeBytes: number;
  fileCount: number;
  schemaVersion: number;
}

/**
 * Where the dataset lives. The app's adapter shards it into small files (electron-store in the
 * app, `conf` elsewhere); use cases see one dataset and commit changes that land whole or not at all.
 */
export interface DatasetStore {
  readCatalog(): Promise<Catalog>;
  readObservations(query: ObservationQuery): Promise<Observation[]>;
  /** One named document written through `commit({ meta })`; undefined when there is none. */
  readMeta(name: string): Promise<unknown>;
  /** Resolves once the change is durable on disk; a failure leaves the last committed state. */
  commit(change: DatasetChange): Promise<void>;
  backup(reason: BackupReason): Promise<BackupInfo>;
  listBackups(): Promise<BackupInfo[]>;
  /** Takes a backup of the current state first, then replaces it with the backup's. */
  restoreBackup(id: string): Promise<void>;
  stats(): Promise<StoreStats>;
  /** Damaged files moved aside and not yet decided on; while any is left, commit and backup refuse. */
  notices(): StoreNotice[];
  /** The user accepts the loss of what they held: they are kept out of the way, and writes resume. */
  acceptDamaged(): Promise<string[]>;
  /** Waits for every coalesced write to reach the disk. */
  flush(): Promise<void>;
  /** Optional (shared stores): who made the stored figure of each key, and when (ISO); absent keys are not stored. */
  readAuthors?(keys: ObservationKey[]): Promise<Record<string, { changedBy: string; changedAt: string }>>;
  /** Optional (shared stores): every replaced or deleted version of one observation, oldest first. */
  readRevisions?(key: ObservationKey): Promise<StoredRevision[]>;
  /** Optional: the names of every document `readMeta` finds (copying a whole dataset needs them). */
  listMeta?(): Promise<string[]>;
  /** Optional (stores with versions): observationKey → its current version; absent keys are not stored. */
  readVersions?(keys: ObservationKey[]): Promise<Record<string, number>>;
  /** Optional (shared stores): calls the listener on other connections' commits; returns the unsubscribe. */
  subscribe?(listener: (event: StoreCommitEvent) => void): () => void;
}

export interface PreferencesStore {
  get(): Preferences;
  set(patch: Partial<Preferences>): Preferences;
}

export interface Clock {
  now(): Date;
}

/** The application's name and version, as an exported workbook's About sheet names them. */
export interface ApplicationInfo {
  name: string;
  version: string;
}

/**
 * SheetJS behind a port: a spreadsheet file's bytes to the plain grids the import reads, and the
 * export's laid-out tables to `.xlsx` bytes. The app runs it in a worker thread so a long parse or
 * write leaves the main process free to answer IPC; inputs and outputs are structured-clone safe
 * for that reason.
 */
export interface WorkbookCodec {
  readWorkbook(bytes: Uint8Array, options: ReadOptions): Promise<ReadOutcome>;
  /** The sheets in order, as `.xlsx` bytes (frozen panes included). */
  writeWorkbook(tables: Table[]): Promise<Uint8Array>;
  /**
   * Optional: reads and plans a preview where the reading happens (the app's worker), so the main
   * process receives the planned rows packed rather than the file's every cell; in-process otherwise.
   */
  planImport?(request: PlanRequest, job: JobProgress): Promise<PlanOutcome>;
}

/** A file being written: bytes go to a temporary file beside the target until `commit` renames it over the target. */
export interface WriteTarget extends ByteSink {
  commit(): Promise<void>;
  /** Removes the temporary file; the target is left as it was. */
  abort(): Promise<void>;
}

/**
 * The files main registered (from its dialogs, a checked drop, the command line's arguments, a
 * test's temporary folder), by handle. The page never names a path; shared/ never touches the disk.
 */
export interface FilePort {
  describe(handle: string): FileHandle | null;
  /** Rejects when the handle is unknown, not for reading, or the file is over `limitBytes`. */
  read(handle: string, limitBytes: number): Promise<Uint8Array>;
  /** Rejects when the handle is unknown or not a save target. */
  openWrite(handle: string): Promise<WriteTarget>;
}

export interface AppPorts {
  store: DatasetStore;
  preferences: PreferencesStore;
  clock: Clock;
  /** Optional: exports say "unknown" for the version without it. */
  application?: ApplicationInfo;
  /** Optional: without it files are parsed and written in-process. */
  workbookCodec?: WorkbookCodec;
  /** Optional: without it nothing can be exported (exports are written to registered files only). */
  files?: FilePort;
  /** Optional: the platform's DEFLATE for the workbook's zip (Node's zlib); fflate's otherwise. */
  deflate?: RawDeflate;
  /** Optional: only the desktop app switches between the user's data and the sample's folder. */
  sample?: SampleSwitch;
}

/** The desktop app's glue for the sample data: which folder is open, and reopening on the other. */
export interface SampleSwitch {
  active: boolean;
  /** Reopens the app on the sample's folder (true) or the user's (false). */
  switchTo(sample: boolean): Promise<void>;
}

/**
 * A store that will not do what was asked, for a reason the user must act on (damaged files set
 * aside, a change it could not put in place): thrown by a store, it reaches the caller as a Result
 * with this code and message instead of an internal fault.
 */
export class StoreRefusal extends Error {
  constructor(
    message: string,
    readonly code: 'refused' | 'in_use' | 'internal' = 'refused',
  ) {
    super(message);
    this.name = 'StoreRefusal';
  }
}

export const systemClock: Clock = { now: () => new Date() };
