import {
  periodMonth,
  periodRange,
  type Catalog,
  type Indicator,
  type ObservationInput,
  type Period,
} from '../../model';

/** Where the brief's own figures come from (docs/metrics.md §3, the seed brief). */
export const SAMPLE_BRIEF_SOURCE = 'Sample: Asian Metal, 25 June 2025 (the seed brief)';
/** Everything else is made up so that every screen shows something, and says so. */
export const SAMPLE_ILLUSTRATIVE_SOURCE = 'Sample: illustrative, not published figures';
const ILLUSTRATIVE_NOTE = 'illustrative level, made up to fit the brief’s growth';

const flow = (
  id: string,
  name: string,
  nameZh: string,
  unit: string,
  parentId: string | null,
  aliases: string[],
): Indicator => ({
  id,
  name,
  nameZh,
  unit,
  kind: 'flow',
  parentId,
  required: id === 'iav',
  plausibleYoyMin: null,
  plausibleYoyMax: null,
  aliases,
});

/** The seed brief's zone and its city, and the indicators the brief names, with the names it writes them under. */
export const SAMPLE_CATALOG: Catalog = {
  zones: [
    {
      id: 'baotou',
      name: 'Baotou city',
      nameZh: '包头市',
      region: 'Inner Mongolia',
      benchmarkZoneId: null,
      aliases: ['全市', 'the city'],
    },
    {
      id: 'btrehtz',
      name: 'Baotou Rare Earth High-Tech Industrial Development Zone',
      nameZh: '稀土高新区',
      region: 'Inner Mongolia',
      benchmarkZoneId: 'baotou',
      aliases: ['包头稀土高新区'],
    },
  ],
  indicators: [
    flow('iav', 'Industrial added value above designated size', '规模以上工业增加值', '万元', null, [
      'industrial added value',
      '规上工业增加值',
      '规上工业',
    ]),
    flow('re', 'Rare earth industries value added', '稀土产业增加值', '万元', 'iav', [
      'rare earth industries',
      'value added by rare earth industries',
    ]),
    flow('ne', 'New energy value added', '新能源产业增加值', '万元', 'iav', ['new energy sector']),
    flow('mag', 'Rare earth magnetic materials production', '稀土磁性材料产量', 't', null, []),
    flow('comp', 'Rare earth compounds', '稀土化合物产量', 't', null, []),
    flow('metal', 'Single rare earth metals', '单一稀土金属产量', 't', null, []),
  ],
};

const observation = (
  zoneId: string,
  indicatorId: string,
  period: Period,
  value: number | null,
  yoyPct: number | null,
  source: string,
  note = '',
): ObservationInput => ({
  zoneId,
  indicatorId,
  period,
  basis: 'ytd',
  value,
  yoyPct,
  source,
  note,
});

/**
 * The brief's figures for January–May 2025 (growth and output as published, the city's 12.3 % as
 * 14.8 − 2.5), levels made up to fit them (industrial added value 100,000 → 114,800 万元; rare earth
 * 31,950 → 37,349.55, so 16.9 × 0.3195 = 5.4 pp; new energy 18,680 → 25,778.4, 38 × 0.1868 = 7.1 pp),
 * and illustrative year-to-date growth from Nov 2020 (9.6 %, below ten) so the streak is the
 * brief's 54 months (Dec 2020 – May 2025; Januaries are not published on their own).
 */
export function sampleObservations(): ObservationInput[] {
  const brief = SAMPLE_BRIEF_SOURCE;
  const made = SAMPLE_ILLUSTRATIVE_SOURCE;
  const may: ObservationInput[] = [
    observation('btrehtz', 'iav', '2025-05', 114_800, 14.8, brief, ILLUSTRATIVE_NOTE),
    observation('btrehtz', 're', '2025-05', 37_349.55, 16.9, brief, ILLUSTRATIVE_NOTE),
    observation('btrehtz', 'ne', '2025-05', 25_778.4, 38, brief, ILLUSTRATIVE_NOTE),
    observation('btrehtz', 'mag', '2025-05', 15_300, 23.8, brief),
    observation('btrehtz', 'comp', '2025-05', 23_100, 14.6, brief),
    observation('btrehtz', 'metal', '2025-05', 2_100, 16, brief),
    observation('baotou', 'iav', '2025-05', null, 12.3, brief, 'derived: 14.8 − 2.5, the gap the brief states'),
  ];
  const yearBefore: ObservationInput[] = [
    observation('btrehtz', 'iav', '2024-05', 100_000, 12.4, made),
    observation('btrehtz', 're', '2024-05', 31_950, null, made),
    observation('btrehtz', 'ne', '2024-05', 18_680, null, made),
  ];
  const months = periodRange('2020-11', '2025-04').filter(
    (period) => periodMonth(period) !== 1 && period !== '2024-05',
  );
  // A gentle wave between 10.4 % and 14.6 %, ending at 14.2 % in April 2025 (so May accelerates 0.6 pp).
  const zoneGrowth = (period: Period, index: number) =>
    period === '2020-11' ? 9.6 : period === '2025-04' ? 14.2 : 12.5 + 2.1 * Math.sin(index / 3);
  const history = months.map((period, index) =>
    observation('btrehtz', 'iav', period, null, Math.round(zoneGrowth(period, index) * 10) / 10, made),
  );
  const city = months.map((period, index) =>
    observation('baotou', 'iav', period, null, Math.round((8.5 + 1.5 * Math.cos(index / 4)) * 10) / 10, made),
  );
  return [...may, ...yearBefore, ...history, ...city];
}

/** The last period of the sample, where every screen opens. */
export const SAMPLE_PERIOD: Period = '2025-05';
