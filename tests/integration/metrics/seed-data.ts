import type { AppHandlers } from '../../../shared/api';
import type { Indicator, ObservationInput, Zone } from '../../../shared/model';

/** The brief's zone and its benchmark city (docs/metrics.md §3). */
export const ZONES: Zone[] = [
  { id: 'baotou-city', name: 'Baotou City', nameZh: '包头市', region: 'Inner Mongolia', benchmarkZoneId: null },
  {
    id: 'baotou-hitech',
    name: 'Baotou Rare Earth High-Tech Zone',
    nameZh: '包头稀土高新区',
    region: 'Inner Mongolia',
    benchmarkZoneId: 'baotou-city',
  },
];

function indicator(id: string, name: string, nameZh: string, unit: string, parentId: string | null): Indicator {
  return {
    id,
    name,
    nameZh,
    unit,
    kind: 'flow',
    parentId,
    required: false,
    plausibleYoyMin: null,
    plausibleYoyMax: null,
  };
}

export const INDICATORS: Indicator[] = [
  indicator('iav', 'Industrial added value above designated size', '规模以上工业增加值', '10k CNY', null),
  indicator('rare-earth-va', 'Rare earth industry value added', '稀土产业增加值', '10k CNY', 'iav'),
  indicator('new-energy-va', 'New energy industry value added', '新能源产业增加值', '10k CNY', 'iav'),
  indicator('magnet-output', 'Rare earth magnetic materials output', '稀土磁性材料产量', 't', null),
  indicator('compound-output', 'Rare earth compounds output', '稀土化合物产量', 't', null),
  indicator('metal-output', 'Single rare earth metals output', '单一稀土金属产量', 't', null),
];

/**
 * Published year-to-date growth of the zone's industrial added value, February (1–2月) to December
 * of each year: no January releases. 2020 stays below 10 % until December, so the double-digit run
 * that ends in May 2025 starts in December 2020; February 2023 sits exactly on the threshold.
 */
const IAV_YTD_GROWTH: Record<number, number[]> = {
  2020: [-8.5, -4.0, -1.2, 0.8, 2.5, 4.0, 5.6, 7.1, 8.3, 9.6, 10.2],
  2021: [35.2, 30.1, 26.4, 23.0, 21.5, 20.2, 19.1, 18.0, 17.4, 16.9, 16.4],
  2022: [12.1, 12.8, 11.5, 11.9, 12.4, 12.6, 12.9, 13.2, 13.0, 12.7, 12.5],
  2023: [10.0, 10.9, 11.3, 11.8, 12.0, 12.2, 12.1, 12.6, 12.9, 13.1, 13.4],
  2024: [13.0, 13.3, 13.1, 12.8, 12.9, 13.2, 13.5, 13.7, 13.9, 14.0, 14.1],
  2025: [13.8, 14.2, 14.5, 14.8],
};

const ZONE = 'baotou-hitech';
const SOURCE = 'Asian Metal News, 25 June 2025';

function ytd(
  zoneId: string,
  indicatorId: string,
  period: string,
  value: number | null,
  yoyPct: number | null,
): ObservationInput {
  return { zoneId, indicatorId, period, basis: 'ytd', value, yoyPct, source: SOURCE, note: '' };
}

function growthHistory(): ObservationInput[] {
  return Object.entries(IAV_YTD_GROWTH).flatMap(([year, growth]) =>
    growth.map((yoy, index) => ytd(ZONE, 'iav', `${year}-${String(index + 2).padStart(2, '0')}`, null, yoy)),
  );
}

/**
 * January–May 2025 levels in 10k CNY: the total 1,148,000 at +14.8 % puts last year's total at
 * 1,000,000, so rare earth 373,530 at +16.9 % contributes 5.4 pp and new energy 257,842 at +38 % 7.1 pp.
 */
export const OBSERVATIONS: ObservationInput[] = [
  ...growthHistory().filter((observation) => observation.period !== '2025-05'),
  ytd(ZONE, 'iav', '2025-05', 1_148_000, 14.8),
  ytd(ZONE, 'rare-earth-va', '2025-05', 373_530, 16.9),
  ytd(ZONE, 'new-energy-va', '2025-05', 257_842, 38),
  ytd(ZONE, 'magnet-output', '2025-05', 15_300, 23.8),
  ytd(ZONE, 'compound-output', '2025-05', 23_100, 14.6),
  ytd(ZONE, 'metal-output', '2025-05', 2_100, 16),
  ytd('baotou-city', 'iav', '2025-04', null, 12.0),
  ytd('baotou-city', 'iav', '2025-05', null, 12.3),
];

/** Enters the seed as an analyst would: zones, indicators (parents first), then the figures. */
export async function enterSeed(handlers: AppHandlers): Promise<void> {
  for (const zone of ZONES) expectOk(await handlers.createZone({ zone }));
  for (const item of INDICATORS) expectOk(await handlers.createIndicator({ indicator: item }));
  expectOk(
    await handlers.saveObservations({
      observations: OBSERVATIONS.map((o) => ({ ...o, source: o.source ?? '', note: o.note ?? '' })),
    }),
  );
}

function expectOk(result: { ok: boolean; error?: { message: string } }): void {
  if (!result.ok) throw new Error(`seed refused: ${result.error?.message}`);
}
