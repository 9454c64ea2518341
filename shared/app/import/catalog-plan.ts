import type { ImportProblem } from '../../api/import';
import { catalogProblem, type Catalog, type Indicator, type Zone } from '../../model';
import { INDICATORS_SPEC, readTable, ZONES_SPEC, type LayoutChoice } from '../../workbook/read';
import type { EntryIndex } from './catalog-index';
import { planIndicators, planZones } from './catalog-sheets';

/** The Zones and Indicators sheets planned against the store; the index learns what they define. */
export function readCatalogSheets(layout: LayoutChoice, zones: EntryIndex<Zone>, indicators: EntryIndex<Indicator>) {
  const zoneTable = layout.zones ? readTable(ZONES_SPEC, layout.zones) : null;
  const indicatorTable = layout.indicators ? readTable(INDICATORS_SPEC, layout.indicators) : null;
  const zonePlan = planZones(zoneTable, zones);
  const indicatorPlan = planIndicators(indicatorTable, indicators);
  for (const zone of [...zonePlan.create.values(), ...zonePlan.update.values()]) zones.add(zone);
  for (const indicator of [...indicatorPlan.create.values(), ...indicatorPlan.update.values()])
    indicators.add(indicator);
  const problems: ImportProblem[] = [
    ...(zoneTable?.problems ?? []),
    ...(indicatorTable?.problems ?? []),
    ...zonePlan.problems,
    ...indicatorPlan.problems,
  ];
  return { zones: zonePlan, indicators: indicatorPlan, problems };
}

/** Zones and indicators cannot be partly valid: an error here blocks even a valid-rows-only commit. */
export function catalogChecks(
  before: Catalog,
  plan: ReturnType<typeof readCatalogSheets>,
  zonesToCreate: Zone[],
  indicatorsToCreate: Indicator[],
  layout: LayoutChoice,
): { blocked: boolean; problems: ImportProblem[] } {
  const after = catalogAfter(
    before,
    zonesToCreate,
    indicatorsToCreate,
    [...plan.zones.update.values()],
    [...plan.indicators.update.values()],
  );
  const problem = catalogProblem(after);
  const problems: ImportProblem[] = problem
    ? [
        {
          severity: 'error',
          place: layout.zones?.name ?? layout.indicators?.name ?? layout.data?.name ?? '',
          message: `the zones and indicators would not be consistent: ${problem}`,
        },
      ]
    : [];
  const broken = plan.zones.broken.size + plan.indicators.broken.size;
  return { blocked: problem !== null || broken > 0, problems };
}

/** The catalog the import would leave. */
export function catalogAfter(
  before: Catalog,
  zonesToCreate: readonly Zone[],
  indicatorsToCreate: readonly Indicator[],
  zoneUpdates: readonly Zone[],
  indicatorUpdates: readonly Indicator[],
): Catalog {
  const zoneUpdate = new Map(zoneUpdates.map((zone) => [zone.id, zone]));
  const indicatorUpdate = new Map(indicatorUpdates.map((indicator) => [indicator.id, indicator]));
  return {
    zones: [...before.zones.map((zone) => zoneUpdate.get(zone.id) ?? zone), ...zonesToCreate],
    indicators: [
      ...before.indicators.map((indicator) => indicatorUpdate.get(indicator.id) ?? indicator),
      ...indicatorsToCreate,
    ],
  };
}
