import type { SaveOutcome } from '../api';
import { observationKey, revisedObservation, sameFigures, type Observation, type ObservationInput } from '../model';

/** How many inputs were new, changed or the same as stored. */
export type MergeCounts = Omit<SaveOutcome, 'warnings'>;

export interface Merge {
  outcome: MergeCounts;
  /** Only the observations that are new or changed: what needs writing. */
  upsert: Observation[];
}

/**
 * Lay new figures over what the store has. A changed observation keeps its earlier version in its
 * history (revisions happen; the brief must be able to say what was published before).
 */
export function mergeObservations(existing: Iterable<Observation>, inputs: ObservationInput[], now: Date): Merge {
  const byKey = new Map<string, Observation>();
  for (const observation of existing) byKey.set(observationKey(observation), observation);
  const at = now.toISOString();
  const outcome: MergeCounts = { added: 0, changed: 0, unchanged: 0 };
  const pending = new Map<string, Observation>();
  for (const input of inputs) {
    const key = observationKey(input);
    const incoming = {
      zoneId: input.zoneId,
      indicatorId: input.indicatorId,
      period: input.period,
      basis: input.basis,
      value: input.value,
      yoyPct: input.yoyPct,
      source: input.source ?? '',
      note: input.note ?? '',
    };
    const before = pending.get(key) ?? byKey.get(key);
    if (!before) {
      outcome.added++;
      pending.set(key, { ...incoming, updatedAt: at, history: [] });
    } else if (sameFigures(before, incoming)) {
      outcome.unchanged++;
    } else {
      outcome.changed++;
      pending.set(key, revisedObservation(before, incoming, at));
    }
  }
  return { outcome, upsert: [...pending.values()] };
}
