import type pg from 'pg';
import { z } from 'zod';
import type { BackupInfo, BackupReason, ObservationQuery, StoreNotice } from '../../shared/api';
import {
  systemClock,
  type Clock,
  type DatasetChange,
  type DatasetStore,
  type StoreCommitEvent,
  type StoreStats,
  type StoredRevision,
} from '../../shared/app/ports';
import { ObservationKeySchema, type Catalog, type Observation, type ObservationKey } from '../../shared/model';
import { SerialQueue } from '../store/commit-batcher';
import { parseChange } from '../store/parse-change';
import { createBackup, listBackups, restoreBackup } from './backups';
import { readCatalog } from './catalog-rows';
import { commitChange } from './commit-change';
import { CREATE_STAGING_SQL } from './staging';
import { CommitListener } from './commit-feed';
import { connect } from './connect';
import { listDocuments, readDocument } from './documents';
import { connectionFailure, DatabaseSchemaError, DatabaseStoreClosedError } from './errors';
import { schemaVersion } from './migrate';
import { SCHEMA, SCHEMA_VERSION } from './migrations';
import { queryObservations, readCurrent, readVersions } from './observation-rows';
import { readRevisions } from './revision-rows';

const ExpectedVersionsSchema = z.record(
  z
    .string()
    .refine(
      (key) => ObservationKeySchema.safeParse(keyFields(key)).success,
      'expected an observation key zone|indicator|YYYY-MM|basis',
    ),
  z.number().int().nonnegative(),
);

function keyFields(key: string): Partial<ObservationKey> {
  const [zoneId, indicatorId, period, basis] = key.split('|');
  return { zoneId, indicatorId, period, basis: basis as ObservationKey['basis'] };
}

/** The URL without its password: what stats() and errors may show. */
export function describeLocation(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return 'a PostgreSQL database';
  }
}

export interface PgDatasetStoreOptions {
  /** postgres://user:password@host:port/database */
  url: string;
  clock?: Clock;
}

export type OpenedPgDatasetStore = DatasetStore &
  Required<Pick<DatasetStore, 'readVersions' | 'subscribe' | 'listMeta' | 'readAuthors' | 'readRevisions'>> & {
    readonly location: string;
    /** Resolves once the subscription's LISTEN is in place. */
    listening(): Promise<void>;
    close(): Promise<void>;
  };

/**
 * The dataset in a PostgreSQL database: every read goes to the server (other users write it too),
 * every commit is one transaction. One connection, used by one operation at a time.
 */
class PgDatasetStore implements OpenedPgDatasetStore {
  private readonly queue = new SerialQueue();
  private readonly feed: CommitListener;
  private closed = false;

  constructor(
    private readonly client: pg.Client,
    url: string,
    readonly location: string,
    private readonly clock: Clock,
  ) {
    this.feed = new CommitListener(url, () => (client as unknown as { processID?: number }).processID);
  }

  readCatalog(): Promise<Catalog> {
    return this.run(() => readCatalog(this.client));
  }

  readObservations(query: ObservationQuery): Promise<Observation[]> {
    return this.run(() => queryObservations(this.client, query));
  }

  readMeta(name: string): Promise<unknown> {
    return this.run(() => readDocument(this.client, name));
  }

  readAuthors(keys: ObservationKey[]): Promise<Record<string, { changedBy: string; changedAt: string }>> {
    return this.run(async () => {
      const current = await readCurrent(this.client, keys);
      return Object.fromEntries(
        [...current].map(([key, found]) => [key, { changedBy: found.changedBy, changedAt: found.changedAt }]),
      );
    });
  }

  readRevisions(key: ObservationKey): Promise<StoredRevision[]> {
    return this.run(() => readRevisions(this.client, key));
  }

  listMeta(): Promise<string[]> {
    return this.run(() => listDocuments(this.client));
  }

  async readVersions(keys: ObservationKey[]): Promise<Record<string, number>> {
    return this.run(async () => Object.fromEntries(await readVersions(this.client, keys)));
  }

  async commit(change: DatasetChange): Promise<void> {
    const parsed = parseChange(change);
    const expected = new Map(Object.entries(ExpectedVersionsSchema.parse(change.expectedVersions ?? {})));
    return this.run(() => commitChange(this.client, parsed, expected));
  }

  backup(reason: BackupReason): Promise<BackupInfo> {
    return this.run(() => createBackup(this.client, reason, this.clock.now()));
  }

  listBackups(): Promise<BackupInfo[]> {
    return this.run(() => listBackups(this.client));
  }

  restoreBackup(id: string): Promise<void> {
    return this.run(() => restoreBackup(this.client, id, this.clock.now()));
  }

  /** The dataset's tables (backups left out): their number and size on the server. */
  stats(): Promise<StoreStats> {
    return this.run(async () => {
      const { rows } = await this.client.query<{ tables: string; bytes: string }>(
        `SELECT count(*) AS tables, coalesce(sum(pg_total_relation_size(c.oid)), 0) AS bytes
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = $1 AND c.relkind = 'r' AND c.relname NOT LIKE 'backup%' AND c.relname <> 'schema_migrations'`,
        [SCHEMA],
      );
      return {
        location: this.location,
        sizeBytes: Number(rows[0]!.bytes),
        fileCount: Number(rows[0]!.tables),
        schemaVersion: SCHEMA_VERSION,
      };
    });
  }

  /** A database has no damaged files to move aside. */
  notices(): StoreNotice[] {
    return [];
  }

  /** Nothing is ever set aside, so there is no loss to accept. */
  async acceptDamaged(): Promise<string[]> {
    return [];
  }

  /** Every commit is durable when it resolves; this waits for those still queued. */
  flush(): Promise<void> {
    return this.queue.run(() => undefined);
  }

  subscribe(listener: (event: StoreCommitEvent) => void): () => void {
    this.ensureOpen();
    return this.feed.subscribe(listener);
  }

  listening(): Promise<void> {
    return this.feed.ready();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue.run(() => undefined);
    await Promise.all([this.feed.close(), this.client.end()]);
  }

  private ensureOpen(): void {
    if (this.closed) throw new DatabaseStoreClosedError(this.location);
  }

  private run<T>(task: () => Promise<T>): Promise<T> {
    this.ensureOpen();
    return this.queue.run(task);
  }
}

/** Connects and checks the schema; `initDatabase` creates or upgrades it (the app does not). */
export async function openPgDatasetStore({
  url,
  clock = systemClock,
}: PgDatasetStoreOptions): Promise<OpenedPgDatasetStore> {
  const location = describeLocation(url);
  const client = await connect(url);
  try {
    const found = await schemaVersion(client);
    if (found !== SCHEMA_VERSION) throw new DatabaseSchemaError(location, found, SCHEMA_VERSION);
    // JIT compiling a large import's merge costs seconds and gains nothing on these plain scans.
    await client.query('SET jit = off');
    // An import's rows stay in memory: in the staging table (set before its first use; the default
    // 8 MB holds a seventh of a 132,000-row import's 54 MB) and through the revisions trigger.
    await client.query(`SET temp_buffers = '128MB'; SET work_mem = '64MB'`);
    await client.query(CREATE_STAGING_SQL);
    // A dropped connection is reported by the next query; without a listener it would crash the process.
    client.on('error', () => undefined);
    return new PgDatasetStore(client, url, location, clock);
  } catch (error) {
    await client.end();
    throw error;
  }
}

/** Opens the database and closes it again: what Settings does before saving an address. Rejects with a readable reason. */
export async function testConnection(url: string): Promise<void> {
  const location = describeLocation(url);
  try {
    const store = await openPgDatasetStore({ url });
    await store.close();
  } catch (cause) {
    throw new Error(
      connectionFailure(cause, location) ??
        `cannot open ${location}: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
  }
}
