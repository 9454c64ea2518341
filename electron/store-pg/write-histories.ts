import type { ClientBase } from 'pg';
import type { Observation } from '../../shared/model';
import { SCHEMA } from './migrations';

/** Histories per call: one call's arrays stay a few MB however large the change. */
const BATCH = 5_000;

/**
 * The entries of the histories sent whole (migration 4's `write_histories`): the server writes
 * those of figures the merge has just given a new, empty history, and leaves the rest alone.
 */
export async function writeHistories(client: ClientBase, observations: readonly Observation[]): Promise<void> {
  for (let start = 0; start < observations.length; start += BATCH) {
    const batch = observations.slice(start, start + BATCH);
    await client.query(`SELECT ${SCHEMA}.write_histories($1::text[], $2::text[], $3::text[], $4::text[], $5::json[])`, [
      batch.map((o) => o.zoneId),
      batch.map((o) => o.indicatorId),
      batch.map((o) => o.period),
      batch.map((o) => o.basis),
      batch.map((o) => JSON.stringify(o.history)),
    ]);
  }
}
