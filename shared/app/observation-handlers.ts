import { fail, ok, type AppHandlers, type Problem } from '../api';
import { makePeriod, observationKey, type Catalog, type ObservationKey, type ObservationInput, type Period } from '../model';
import { mergeObservations } from './merge-observations';
import type { AppPorts } from './ports';
import { StoreConflictError } from './store-conflict';
import { versionConflictRefusal } from './version-conflict';
import { reopenedStatuses, verifiedMonths, verifiedRefusal } from './verified-months';

type ObservationHandlers = Pick<AppHandlers, 'getObservations' | 'getObservationVersions' | 'saveObservations'>;

/** Hard errors no published figure can have: unknown keys, a future period, a fall beyond −100%. */
export function observationProblems(inputs: ObservationInput[], catalog: Catalog, now: Date): Problem[] {
  const zones = new Set(catalog.zones.map((zone) => zone.id));
  const indicators = new Set(catalog.indicators.map((indicator) => indicator.id));
  const latest = makePeriod(now.getFullYear(), now.getMonth() + 1);
  const problems: Problem[] = [];
  inputs.forEach((input, index) => {
    const place = `observations.${index}`;
    if (!zones.has(input.zoneId)) problems.push({ place: `${place}.zoneId`, found: input.zoneId, message: 'unknown zone' });
    if (!indicators.has(input.indicatorId)) problems.push({ place: `${place}.indicatorId`, found: input.indicatorId, message: 'unknown indicator' });
    if (input.period > latest) problems.push({ place: `${place}.period`, found: input.period, expected: `${latest} or earlier`, message: 'a period in the future' });
    if (input.yoyPct !== null && input.yoyPct < -100) problems.push({ place: `${place}.yoyPct`, found: String(input.yoyPct), expected: '−100 or more', message: 'growth below −100%' });
  });
  return problems;
}

function periodSpan(inputs: ObservationInput[]): { from: Period; to: Period } {
  let from = inputs[0]!.period;
  let to = from;
  for (const { period } of inputs) {
    if (period < from) from = period;
    if (period > to) to = period;
  }
  return { from, to };
}

/** The expected versions of the figures actually written (unchanged ones are not checked). */
function only(expected: Record<string, number>, written: readonly ObservationKey[]): Record<string, number> {
  const kept: Record<string, number> = {};
  for (const key of written.map(observationKey)) if (key in expected) kept[key] = expected[key]!;
  return kept;
}

export function createObservationHandlers({ store, clock }: AppPorts): ObservationHandlers {
  return {
    getObservations: async (query) => ok(await store.readObservations(query)),

    getObservationVersions: async (query) => {
      if (!store.readVersions) return ok({});
      return ok(await store.readVersions(await store.readObservations(query)));
    },

    saveObservations: async ({ observations, reopenVerified, expectedVersions }) => {
      if (observations.length === 0) return ok({ added: 0, changed: 0, unchanged: 0 });
      const now = clock.now();
      const problems = observationProblems(observations, await store.readCatalog(), now);
      if (problems.length > 0) return fail('invalid', `${problems.length} observation(s) cannot be saved`, { problems });
      const existing = await store.readObservations({ zoneIds: [...new Set(observations.map((o) => o.zoneId))], ...periodSpan(observations) });
      const { outcome, upsert } = mergeObservations(existing, observations, now);
      const verified = await verifiedMonths(store, upsert);
      if (verified.length > 0 && !reopenVerified) return verifiedRefusal(verified);
      const meta = verified.length > 0 ? await reopenedStatuses(store, verified, now.toISOString()) : undefined;
      if (upsert.length === 0) return ok(outcome);
      try {
        await store.commit({ upsert, ...(meta && { meta }), ...(expectedVersions && { expectedVersions: only(expectedVersions, upsert) }) });
      } catch (cause) {
        if (cause instanceof StoreConflictError) return versionConflictRefusal(cause, observations);
        throw cause;
      }
      return ok(outcome);
    },
  };
}
