import { z } from 'zod';
import type { ObservationQuery } from '../../../../shared/api';
import {
  addMonths,
  BasisSchema,
  PeriodSchema,
  type Basis,
  type Indicator,
  type Period,
  type Zone,
} from '../../../../shared/model';

export type EntryView = 'form' | 'grid';

/** What the entry screen shows: kept between visits so the analyst comes back where they were. */
export const EntryChoiceSchema = z.object({
  zoneId: z.string(),
  period: PeriodSchema,
  basis: BasisSchema,
  view: z.enum(['form', 'grid']),
  gridMode: z.enum(['indicators', 'zones']),
  gridIndicatorId: z.string(),
  gridField: z.enum(['value', 'yoyPct']),
});
export type EntryChoice = z.infer<typeof EntryChoiceSchema>;

/** The zone the analyst most likely follows: one compared with a benchmark, else the first. */
function defaultZone(zones: readonly Zone[]): string {
  return (zones.find((zone) => zone.benchmarkZoneId !== null) ?? zones[0])?.id ?? '';
}

/** A stored choice made valid for today's catalog, or the defaults. */
export function settleChoice(
  stored: unknown,
  zones: readonly Zone[],
  indicators: readonly Indicator[],
  fallbackPeriod: Period,
  latest: Period,
): EntryChoice {
  const parsed = EntryChoiceSchema.safeParse(stored);
  const choice: EntryChoice = parsed.success
    ? parsed.data
    : {
        zoneId: '',
        period: fallbackPeriod,
        basis: 'ytd',
        view: 'form',
        gridMode: 'indicators',
        gridIndicatorId: '',
        gridField: 'value',
      };
  return {
    ...choice,
    zoneId: zones.some((zone) => zone.id === choice.zoneId) ? choice.zoneId : defaultZone(zones),
    gridIndicatorId: indicators.some((indicator) => indicator.id === choice.gridIndicatorId)
      ? choice.gridIndicatorId
      : (indicators[0]?.id ?? ''),
    period: choice.period > latest ? latest : choice.period,
  };
}

/** Alt+←/→: the previous or next month in the form, year in the grid; never past the current month. */
export function stepPeriod(choice: EntryChoice, direction: -1 | 1, latest: Period): Period {
  const next = addMonths(choice.period, choice.view === 'grid' ? 12 * direction : direction);
  return next > latest ? (choice.view === 'grid' ? latest : choice.period) : next;
}

/** The observations a view needs: the form also reads the year before (last month's sources). */
export function windowQuery(choice: EntryChoice, zones: readonly Zone[]): ObservationQuery {
  const basis: Basis = choice.basis;
  if (choice.view === 'form')
    return { zoneIds: [choice.zoneId], from: addMonths(choice.period, -12), to: choice.period, basis };
  const year = choice.period.slice(0, 4);
  const zoneIds = choice.gridMode === 'indicators' ? [choice.zoneId] : zones.map((zone) => zone.id);
  return { zoneIds, from: `${year}-01`, to: `${year}-12`, basis };
}
