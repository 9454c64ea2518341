import type { ExportSelectionSchema, Language, Problem } from '../../api';
import type { Basis, Catalog, Observation, Period } from '../../model';
import type { z } from 'zod';

type Selection = z.output<typeof ExportSelectionSchema>;

/** The selection resolved against the store: what every sheet of the export covers. */
export interface ExportScope {
  /** The zones compared, in column order. */
  zoneIds: string[];
  /** The zones the user named, null when every zone is exported. */
  requestedZoneIds: string[] | null;
  /** The compared zones and, transitively, their benchmarks: the canonical sheets must stay importable. */
  catalog: Catalog;
  observations: Observation[];
  /** Limits of the `Metrics` rows (undefined: all). */
  period: Period | undefined;
  basis: Basis | undefined;
  comparison: { period: Period | null; basis: Basis };
  language: Language;
  threshold: number;
  /** Whether a one-period export keeps only the observations its metrics use. */
  observationsKept: 'used' | 'all';
}

export type ScopeOutcome = { ok: true; scope: ExportScope } | { ok: false; problems: Problem[] };

/** The zones and every benchmark they lead to, so no kept zone names a missing benchmark. */
function withBenchmarks(catalog: Catalog, zoneIds: string[]): Set<string> {
  const byId = new Map(catalog.zones.map((zone) => [zone.id, zone]));
  const kept = new Set<string>();
  const pending = [...zoneIds];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (kept.has(id)) continue;
    kept.add(id);
    const benchmark = byId.get(id)?.benchmarkZoneId;
    if (benchmark) pending.push(benchmark);
  }
  return kept;
}

/**
 * The comparison period: the one asked for, else the latest with data. Its basis: the one asked
 * for, else year to date when the period has year-to-date figures (how Chinese zones publish), else month.
 */
function comparisonOf(
  observations: Observation[],
  zoneIds: Set<string>,
  period: Period | undefined,
  basis: Basis | undefined,
): { period: Period | null; basis: Basis } {
  const compared = (o: Observation) => zoneIds.has(o.zoneId) && (basis === undefined || o.basis === basis);
  let latest: Period | null = period ?? null;
  if (latest === null)
    for (const o of observations) if (compared(o) && (latest === null || o.period > latest)) latest = o.period;
  if (basis) return { period: latest, basis };
  let hasYearToDate = false;
  let hasMonth = false;
  for (const o of observations) {
    if (o.period !== latest || !compared(o)) continue;
    if (o.basis === 'ytd') {
      hasYearToDate = true;
      break;
    }
    if (o.basis === 'month') hasMonth = true;
  }
  return { period: latest, basis: hasYearToDate || !hasMonth ? 'ytd' : 'month' };
}

export function resolveExportScope(
  catalog: Catalog,
  observations: Observation[],
  selection: Selection,
  defaults: { language: Language; threshold: number },
): ScopeOutcome {
  const known = new Set(catalog.zones.map((zone) => zone.id));
  const unknown = (selection.zoneIds ?? []).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    return {
      ok: false,
      problems: unknown.map((id) => ({
        place: 'zoneIds',
        found: id,
        expected: 'a zone id in the store',
        message: `no zone with id "${id}"`,
      })),
    };
  }
  const zoneIds = selection.zoneIds ? [...new Set(selection.zoneIds)] : catalog.zones.map((zone) => zone.id);
  const kept = selection.zoneIds ? withBenchmarks(catalog, zoneIds) : known;
  const scopedCatalog = { ...catalog, zones: catalog.zones.filter((zone) => kept.has(zone.id)) };
  const scopedObservations = selection.zoneIds ? observations.filter((o) => kept.has(o.zoneId)) : observations;
  return {
    ok: true,
    scope: {
      zoneIds,
      requestedZoneIds: selection.zoneIds ? zoneIds : null,
      catalog: scopedCatalog,
      observations: scopedObservations,
      period: selection.period,
      basis: selection.basis,
      comparison: comparisonOf(scopedObservations, new Set(zoneIds), selection.period, selection.basis),
      language: selection.language ?? defaults.language,
      threshold: selection.threshold ?? defaults.threshold,
      observationsKept: selection.observations ?? 'used',
    },
  };
}
