import type { Observation, Revision } from '../../shared/model';

const NO_HISTORY: Revision[] = Object.freeze([]) as unknown as Revision[];

/**
 * JSON.parse makes a new string for most values, so 288,000 observations would hold 288,000 copies
 * of the same zone ids, sources and times. Figures saved together (an import, a form) sit together
 * in a shard and share them, so each string is swapped for the previous observation's equal one: a
 * comparison instead of a hash lookup, and fewer strings for the collector to keep and walk.
 * Then each observation is frozen (dataset-state.ts says why); those without history share one empty list.
 */
export function shareAndFreeze(observations: Observation[]): Observation[] {
  let previous: Observation | undefined;
  let previousRevision: Revision | undefined;
  for (const observation of observations) {
    if (previous) {
      if (observation.zoneId === previous.zoneId) observation.zoneId = previous.zoneId;
      if (observation.indicatorId === previous.indicatorId) observation.indicatorId = previous.indicatorId;
      if (observation.period === previous.period) observation.period = previous.period;
      if (observation.source === previous.source) observation.source = previous.source;
      if (observation.note === previous.note) observation.note = previous.note;
      if (observation.updatedAt === previous.updatedAt) observation.updatedAt = previous.updatedAt;
    }
    if (observation.history.length === 0) observation.history = NO_HISTORY;
    for (const revision of observation.history) {
      if (previousRevision) {
        if (revision.source === previousRevision.source) revision.source = previousRevision.source;
        if (revision.note === previousRevision.note) revision.note = previousRevision.note;
        if (revision.replacedAt === previousRevision.replacedAt) revision.replacedAt = previousRevision.replacedAt;
      }
      previousRevision = Object.freeze(revision);
    }
    Object.freeze(observation.history);
    previous = Object.freeze(observation);
  }
  return observations;
}
