import { fail, ok, type AppHandlers, type Problem } from '../api';
import {
  currentPeriod,
  observationKey,
  observationProblems,
  plausibilityWarning,
  plausibleRangeText,
  type Catalog,
  type ObservationKey,
  type ObservationInput,
  type Period,
} from '../model';
import { mergeObservations } from './merge-observations';
import type { AppPorts } from './ports';
import { StoreConflictError } from './store-conflict';
import { versionConflictRefusal } from './version-conflict';
import { reopenedStatuses, verifiedMonths, verifiedRefusal } from './verified-months';

type ObservationHandlers = Pick<AppHandlers, 'getObservations' | 'getObservationVersions' | 'saveObservations'>;

/**
 * What refuses a save (unknown keys, then the observation rules every path applies) and what it
 * lets in marked (growth outside the indicator's plausible range), each at `observations.N.field`.
 */
export function saveChecks(
  inputs: ObservationInput[],
  catalog: Catalog,
  now: Date,
): { problems: Problem[]; warnings: Problem[] } {
  const zones = new Set(catalog.zones.map((zone) => zone.id));
  const indicators = new Map(catalog.indicators.map((indicator) => [indicator.id, indicator]));
  const latest = currentPeriod(now);
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  inputs.forEach((input, index) => {
    const place = `observations.${index}`;
    const indicator = indicators.get(input.indicatorId);
    if (!zones.has(input.zoneId))
      problems.push({ place: `${place}.zoneId`, found: input.zoneId, message: 'unknown zone' });
    if (!indicator)
      problems.push({ place: `${place}.indicatorId`, found: input.indicatorId, message: 'unknown indicator' });
    for (const { field, found, expected, message } of observationProblems(input, indicator, latest))
      problems.push({ place: `${place}.${field}`, found, expected, message });
    const warning = indicator && plausibilityWarning(indicator, input.yoyPct);
    if (warning)
      warnings.push({
        place: `${place}.yoyPct`,
        found: String(warning.found),
        expected: plausibleRangeText(indicator),
        message: 'growth outside the plausible range',
      });
  });
  return { problems, warnings };
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
      if (observations.length === 0) return ok({ added: 0, changed: 0, unchanged: 0, warnings: [] });
      const now = clock.now();
      const { problems, warnings } = saveChecks(observations, await store.readCatalog(), now);
      if (problems.length > 0)
        return fail('invalid', `${problems.length} observation(s) cannot be saved`, { problems });
      const existing = await store.readObservations({
        zoneIds: [...new Set(observations.map((o) => o.zoneId))],
        ...periodSpan(observations),
      });
      const { outcome, upsert } = mergeObservations(existing, observations, now);
      const verified = await verifiedMonths(store, upsert);
      if (verified.length > 0 && !reopenVerified) return verifiedRefusal(verified);
      const meta = verified.length > 0 ? await reopenedStatuses(store, verified, now.toISOString()) : undefined;
      if (upsert.length === 0) return ok({ ...outcome, warnings });
      try {
        await store.commit({
          upsert,
          ...(meta && { meta }),
          ...(expectedVersions && { expectedVersions: only(expectedVersions, upsert) }),
        });
      } catch (cause) {
        if (cause instanceof StoreConflictError) return versionConflictRefusal(cause, observations);
        throw cause;
      }
      return ok({ ...outcome, warnings });
    },
  };
}
