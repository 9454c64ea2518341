import type { ClientBase } from 'pg';
import { backupReasonWords, readBackupReason, type BackupInfo, type BackupReason } from '../../shared/api';
import { nextBackupId } from '../store/time-stamp';
import { writeCatalog } from './catalog-rows';
import { notifySql } from './commit-feed';
import { removeAllDocuments, writeDocument } from './documents';
import { resyncAllVerifiedMonths } from './verified-months';
import { SCHEMA } from './migrations';

/**
 * Backups on the server: a row in `backups` (the catalog and documents as JSON) and copies of the
 * observations in backup_observations, each with its history's id and length (the entries stay in
 * revisions, which are never deleted; a restored figure gets copies of them under a new id), the newest 20 (the file
 * store's KEEP_BACKUPS) kept, with the file store's ids (time stamps that sort, `-001` when two share a millisecond).
 */

interface BackupRow {
  id: string;
  created_at: string;
  reason: string;
  size_bytes: string;
}

const toInfo = (row: BackupRow): BackupInfo => ({
  id: row.id,
  createdAt: row.created_at,
  reason: readBackupReason(row.reason),
  sizeBytes: Number(row.size_bytes),
});

async function nextId(client: ClientBase, now: Date): Promise<string> {
  const { rows } = await client.query<{ latest: string | null }>(`SELECT max(id) AS latest FROM ${SCHEMA}.backups`);
  return nextBackupId(rows[0]!.latest, now);
}

/** Inside a transaction that sees one snapshot (REPEATABLE READ), so the copy is of one state. The server builds the copy (migrations.ts, take_backup). */
async function takeBackup(
  client: ClientBase,
  reason: BackupReason,
  now: Date,
  spare: string | null,
): Promise<BackupInfo> {
  const id = await nextId(client, now);
  await client.query(`SELECT ${SCHEMA}.take_backup($1, $2, $3, $4)`, [
    id,
    now.toISOString(),
    backupReasonWords(reason),
    spare,
  ]);
  const { rows } = await client.query<BackupRow>(
    `SELECT id, created_at, reason, size_bytes FROM ${SCHEMA}.backups WHERE id = $1`,
    [id],
  );
  return toInfo(rows[0]!);
}

export async function createBackup(client: ClientBase, reason: BackupReason, now: Date): Promise<BackupInfo> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
  try {
    const info = await takeBackup(client, reason, now, null);
    await client.query('COMMIT');
    return info;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

export async function listBackups(client: ClientBase): Promise<BackupInfo[]> {
  const { rows } = await client.query<BackupRow>(
    `SELECT id, created_at, reason, size_bytes FROM ${SCHEMA}.backups ORDER BY id DESC`,
  );
  return rows.map(toInfo);
}

/**
 * A backup of the current state first, then the dataset replaced by the backup's, in one
 * transaction (an admin's: the others may not read backup copies nor replace the catalog).
 * Restored observations get a version above every earlier one, so a save based on a figure read
 * before the restore is a conflict, not a silent overwrite.
 */
export async function restoreBackup(client: ClientBase, id: string, now: Date): Promise<void> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
  try {
    const { rows } = await client.query<{
      catalog: Parameters<typeof writeCatalog>[1];
      documents: Record<string, unknown>;
    }>(`SELECT catalog, documents FROM ${SCHEMA}.backups WHERE id = $1`, [id]);
    const backup = rows[0];
    if (!backup) throw new Error(`There is no backup "${id}" in the database.`);
    await takeBackup(client, { kind: 'restoring', backupId: id }, now, id);
    const { rows: versions } = await client.query<{ top: string }>(
      `SELECT coalesce(max(version), 0) AS top FROM ${SCHEMA}.observations`,
    );
    // What this replaces is in the backup just taken: its rows need no revisions of their own.
    await client.query(`SET LOCAL zone_stats.restoring = 'on'; DELETE FROM ${SCHEMA}.observations`);
    await writeCatalog(client, backup.catalog);
    await removeAllDocuments(client);
    for (const [name, value] of Object.entries(backup.documents)) await writeDocument(client, name, value);
    await resyncAllVerifiedMonths(client, backup.documents);
    // Each figure with a copy of its history under a new id (migration 4, restore_observations).
    await client.query(`SELECT ${SCHEMA}.restore_observations($1, $2::bigint)`, [id, versions[0]!.top]);
    await client.query(`${notifySql('replaced')}; COMMIT`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
