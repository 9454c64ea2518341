import type { ClientBase } from 'pg';
import { statusMetaName } from '../../shared/app/entry-status-doc';
import { SCHEMA } from './migrations';

const STATUS_PREFIX = statusMetaName('');

/** The zone whose entry-status document this is (shared/app/entry-status-doc names them), or null. */
export function statusDocumentZone(name: string): string | null {
  return name.startsWith(STATUS_PREFIX) && name.length > STATUS_PREFIX.length ? name.slice(STATUS_PREFIX.length) : null;
}

/**
 * The months of a zone's status document with a basis marked verified. The database locks a whole
 * zone-month (both bases): one verified basis is enough to make it read-only for clerks.
 */
function verifiedPeriods(doc: unknown): Set<string> {
  const periods = new Set<string>();
  if (doc === null || typeof doc !== 'object') return periods;
  for (const [slot, entry] of Object.entries(doc as Record<string, { status?: unknown }>)) {
    if (entry?.status === 'verified') periods.add(slot.split('|')[0]!);
  }
  return periods;
}

/**
 * verified_months made to follow a zone's status document, in the caller's transaction, so that
 * PostgreSQL itself keeps clerks off what the app shows as verified. Only what changes is written:
 * a clerk (who may not write verified_months) marking a month complete touches nothing there.
 */
export async function syncVerifiedMonths(client: ClientBase, zoneId: string, doc: unknown): Promise<void> {
  const wanted = verifiedPeriods(doc);
  const { rows } = await client.query<{ period: string }>(
    `SELECT period FROM ${SCHEMA}.verified_months WHERE zone_id = $1`,
    [zoneId],
  );
  const current = new Set(rows.map((row) => row.period));
  const added = [...wanted].filter((period) => !current.has(period));
  const dropped = [...current].filter((period) => !wanted.has(period));
  try {
    if (added.length > 0)
      await client.query(`INSERT INTO ${SCHEMA}.verified_months (zone_id, period) SELECT $1, unnest($2::text[])`, [
        zoneId,
        added,
      ]);
    if (dropped.length > 0)
      await client.query(`DELETE FROM ${SCHEMA}.verified_months WHERE zone_id = $1 AND period = ANY($2::text[])`, [
        zoneId,
        dropped,
      ]);
  } catch (cause) {
    if ((cause as { code?: unknown }).code !== '42501') throw cause;
    const what =
      added.length > 0
        ? `mark ${zoneId} ${added.join(', ')} verified`
        : `return ${zoneId} ${dropped.join(', ')} from verified`;
    throw new Error(`The database refused to ${what}: only a reviewer or an admin may do that; nothing was saved.`, {
      cause,
    });
  }
}

/** After a restore: verified_months exactly as the restored status documents say. */
export async function resyncAllVerifiedMonths(client: ClientBase, documents: Record<string, unknown>): Promise<void> {
  await client.query(`DELETE FROM ${SCHEMA}.verified_months`);
  for (const [name, doc] of Object.entries(documents)) {
    const zoneId = statusDocumentZone(name);
    if (zoneId !== null) await syncVerifiedMonths(client, zoneId, doc);
  }
}
