import type { ClientBase } from 'pg';
import { SCHEMA } from './migrations';

/**
 * The port's named documents, each in the table made for its kind: import undo records in
 * `imports` (by import id), the saved column mappings in `profiles`, every other in `documents`.
 * The names mirror shared/app/import (undoDocument, PROFILES_DOCUMENT); take_backup (migrations.ts)
 * puts them back together the same way.
 */
const UNDO_PREFIX = 'import-undo-';
const PROFILES_NAME = 'import-profiles';
const TABLES = ['documents', 'imports', 'profiles'] as const;
type DocumentTable = (typeof TABLES)[number];

function place(name: string): { table: DocumentTable; key: string } {
  if (name.startsWith(UNDO_PREFIX) && name.length > UNDO_PREFIX.length)
    return { table: 'imports', key: name.slice(UNDO_PREFIX.length) };
  if (name === PROFILES_NAME) return { table: 'profiles', key: name };
  return { table: 'documents', key: name };
}

export async function readDocument(client: ClientBase, name: string): Promise<unknown> {
  const { table, key } = place(name);
  const { rows } = await client.query<{ value: unknown }>(`SELECT value FROM ${SCHEMA}.${table} WHERE name = $1`, [
    key,
  ]);
  return rows[0]?.value;
}

/** null removes the document, as in DatasetChange.meta. */
export async function writeDocument(client: ClientBase, name: string, value: unknown): Promise<void> {
  const { table, key } = place(name);
  if (value === null) {
    await client.query(`DELETE FROM ${SCHEMA}.${table} WHERE name = $1`, [key]);
    return;
  }
  await client.query(
    `INSERT INTO ${SCHEMA}.${table} (name, value) VALUES ($1, $2::json)
     ON CONFLICT (name) DO UPDATE SET value = excluded.value, changed_by = current_user, changed_at = now()`,
    [key, JSON.stringify(value)],
  );
}

/** Every document's name as the port knows it (import undo records under their 'import-undo-' names). */
export async function listDocuments(client: ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT name FROM ${SCHEMA}.documents UNION ALL SELECT '${UNDO_PREFIX}' || name FROM ${SCHEMA}.imports UNION ALL SELECT name FROM ${SCHEMA}.profiles ORDER BY 1`,
  );
  return rows.map((row) => row.name);
}

export async function removeAllDocuments(client: ClientBase): Promise<void> {
  for (const table of TABLES) await client.query(`DELETE FROM ${SCHEMA}.${table}`);
}
