import { closeSync, existsSync, fdatasyncSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { StoreNotice } from '../../shared/api';
import type { DatasetChange } from '../../shared/app/ports';
import { copyFileDurably, fsyncDirectory } from './durable-fs';
import { StoreVersionError } from './errors';
import { SCHEMA_VERSION } from './file-schemas';
import { WAL_FILE } from './layout';
import { parseChange } from './parse-change';
import { timeStamp } from './time-stamp';
import { decodeLog, encodeRecord, type WalRecord } from './wal-record';

/**
 * The write-ahead log: small commits are appended to `wal.log` and fdatasync'ed, which makes them
 * durable at the cost of one small write; the shards they touch are rewritten later (compaction),
 * after which the log is emptied. Replaying a record twice is harmless: every change sets or
 * removes whole observations, documents or the catalog, so the last record for each wins.
 */
const PayloadSchema = z.object({ schemaVersion: z.number().int().nonnegative(), changes: z.array(z.unknown()) });

/** The commits of a record, or null when it is not one this version wrote. */
function changesOf(directory: string, record: WalRecord): DatasetChange[] | null {
  const payload = PayloadSchema.safeParse(record.payload);
  if (!payload.success) return null;
  if (payload.data.schemaVersion > SCHEMA_VERSION)
    throw new StoreVersionError(directory, payload.data.schemaVersion, SCHEMA_VERSION);
  if (payload.data.schemaVersion < SCHEMA_VERSION) return null;
  try {
    return payload.data.changes.map((change) => parseChange(change as DatasetChange));
  } catch {
    return null;
  }
}

export interface OpenedWal {
  wal: WriteAheadLog;
  /** The logged batches of commits, oldest first, to apply over the loaded shards. */
  batches: DatasetChange[][];
  notice: StoreNotice | null;
}

export interface WalOpenContext {
  now: () => Date;
  latestBackupId: () => string | null;
}

/** The log's whole records as batches, read without writing anything (a read-only data folder). */
export function readLogBatches(directory: string): DatasetChange[][] {
  const path = join(directory, WAL_FILE);
  if (!existsSync(path)) return [];
  const batches: DatasetChange[][] = [];
  for (const record of decodeLog(readFileSync(path)).records) {
    const changes = changesOf(directory, record);
    if (!changes) break;
    batches.push(changes);
  }
  return batches;
}

export class WriteAheadLog {
  /** An append failed and could not be undone: nothing may follow it until the log is emptied. */
  private broken = false;

  private constructor(
    private readonly fd: number,
    private bytes: number,
    private nextSequence: number,
  ) {}

  /** Reads the log, keeps its whole records and drops a torn tail; a damaged log is copied aside first. */
  static open(directory: string, { now, latestBackupId }: WalOpenContext): OpenedWal {
    const path = join(directory, WAL_FILE);
    const existed = existsSync(path);
    const decoded = existed ? decodeLog(readFileSync(path)) : { records: [], validBytes: 0, damaged: false };
    const batches: DatasetChange[][] = [];
    let kept = 0;
    let lastSequence = 0;
    for (const record of decoded.records) {
      const changes = changesOf(directory, record);
      if (!changes) break;
      batches.push(changes);
      kept = record.end;
      lastSequence = record.sequence;
    }
    const damaged = decoded.damaged || batches.length < decoded.records.length;
    let notice: StoreNotice | null = null;
    if (damaged) {
      const at = now();
      const movedTo = join(directory, `wal.damaged-${timeStamp(at)}.log`);
      copyFileDurably(path, movedTo);
      notice = { kind: 'damaged-file', file: path, movedTo, at: at.toISOString(), latestBackupId: latestBackupId() };
    }
    const fd = openSync(path, 'a');
    try {
      if (!existed) fsyncDirectory(directory);
      ftruncateSync(fd, kept);
      fdatasyncSync(fd);
    } catch (error) {
      closeSync(fd);
      throw error;
    }
    return { wal: new WriteAheadLog(fd, kept, lastSequence + 1), batches, notice };
  }

  get size(): number {
    return this.bytes;
  }

  get usable(): boolean {
    return !this.broken;
  }

  /** The record of a batch of commits, or null when it would be larger than `maxBytes`. */
  encode(changes: readonly DatasetChange[], maxBytes: number): Buffer | null {
    const line = encodeRecord(this.nextSequence, JSON.stringify({ schemaVersion: SCHEMA_VERSION, changes }));
    return line.byteLength <= maxBytes ? line : null;
  }

  /** Durable once this returns. On failure the log is cut back to where it was. */
  append(line: Buffer): void {
    if (this.broken) throw new Error('the write-ahead log must be emptied before it takes new records');
    try {
      for (let written = 0; written < line.byteLength;) written += writeSync(this.fd, line, written);
      fdatasyncSync(this.fd);
    } catch (error) {
      try {
        ftruncateSync(this.fd, this.bytes);
      } catch {
        this.broken = true;
      }
      throw error;
    }
    this.bytes += line.byteLength;
    this.nextSequence++;
  }

  /** Empties the log: call only once everything it holds is durable in the dataset's files. */
  reset(): void {
    ftruncateSync(this.fd, 0);
    fdatasyncSync(this.fd);
    this.bytes = 0;
    this.broken = false;
  }

  close(): void {
    closeSync(this.fd);
  }
}
