import type { MetricRow } from '../../../../shared/metrics/row';
import type { Catalog, Observation } from '../../../../shared/model';
import type { ComparisonWorkbookInput } from '../../../../shared/workbook/write';

/** Names a spreadsheet would run as formulas if they were written as anything but text. */
export const HOSTILE_TEXTS = [
  '=HYPERLINK("http://evil.example","click")',
  '+1',
  '-2',
  '@SUM(A1:A2)',
  '\tTabbed',
  '\rReturn',
  '=1+1',
];

export const CATALOG: Catalog = {
  zones: [
    {
      id: 'baotou',
      name: 'Baotou Rare Earth High-Tech Zone',
      nameZh: '包头稀土高新区',
      region: 'Inner Mongolia',
      benchmarkZoneId: 'baotou-city',
    },
    { id: 'baotou-city', name: 'Baotou City', nameZh: '包头市', region: 'Inner Mongolia', benchmarkZoneId: null },
    {
      id: 'evil',
      name: HOSTILE_TEXTS[0]!,
      nameZh: HOSTILE_TEXTS[1]!,
      region: HOSTILE_TEXTS[3]!,
      benchmarkZoneId: null,
    },
  ],
  indicators: [
    {
      id: 'iav',
      name: 'Industrial added value',
      nameZh: '规模以上工业增加值',
      unit: '10k CNY',
      kind: 'flow',
      parentId: null,
      required: true,
      plausibleYoyMin: null,
      plausibleYoyMax: null,
    },
    {
      id: 'magnets',
      name: 'Rare earth magnetic materials output',
      nameZh: '稀土磁性材料产量',
      unit: 't',
      kind: 'flow',
      parentId: null,
      required: false,
      plausibleYoyMin: null,
      plausibleYoyMax: null,
    },
    {
      id: 're-iav',
      name: 'Rare earth industry value added',
      nameZh: '稀土产业增加值',
      unit: '10k CNY',
      kind: 'flow',
      parentId: 'iav',
      required: false,
      plausibleYoyMin: null,
      plausibleYoyMax: null,
    },
  ],
};

function observation(
  zoneId: string,
  indicatorId: string,
  period: string,
  value: number | null,
  yoyPct: number | null,
  source = '',
  note = '',
): Observation {
  return {
    zoneId,
    indicatorId,
    period,
    basis: 'ytd',
    value,
    yoyPct,
    source,
    note,
    updatedAt: '2025-06-25T00:00:00.000Z',
    history: [],
  };
}

export const OBSERVATIONS: Observation[] = [
  observation('baotou', 'iav', '2025-05', 1148000, 14.8, 'Asian Metal News'),
  observation('baotou', 're-iav', '2025-05', 373530, 16.9),
  observation('baotou', 'magnets', '2025-05', 15300, 23.8, HOSTILE_TEXTS[2]!),
  observation('baotou-city', 'iav', '2025-05', null, 12.3),
  observation('evil', 'iav', '2025-05', -250.5, -3.2, HOSTILE_TEXTS[4]!, HOSTILE_TEXTS[5]!),
];

const EMPTY: Omit<MetricRow, 'zoneId' | 'zone' | 'indicatorId' | 'indicator' | 'period' | 'basis' | 'unit'> = {
  value: null,
  yoyPct: null,
  yoySource: null,
  priorValue: null,
  yoyChangePp: null,
  momPct: null,
  shareOfParentPct: null,
  contributionPp: null,
  contributionRatePct: null,
  benchmarkZoneId: null,
  benchmarkYoyPct: null,
  gapPp: null,
  streakMonths: null,
  rank: null,
};

function metric(
  zoneId: string,
  zone: string,
  indicatorId: string,
  indicator: string,
  unit: string,
  figures: Partial<MetricRow>,
): MetricRow {
  return { ...EMPTY, zoneId, zone, indicatorId, indicator, period: '2025-05', basis: 'ytd', unit, ...figures };
}

export const METRICS: MetricRow[] = [
  metric('baotou', 'Baotou Rare Earth High-Tech Zone', 'iav', 'Industrial added value', '10k CNY', {
    value: 1148000,
    yoyPct: 14.8,
    yoySource: 'reported',
    priorValue: 1148000 / 1.148,
    benchmarkZoneId: 'baotou-city',
    benchmarkYoyPct: 12.3,
    gapPp: 14.8 - 12.3,
    streakMonths: 54,
    rank: 1,
  }),
  metric('baotou', 'Baotou Rare Earth High-Tech Zone', 're-iav', 'Rare earth industry value added', '10k CNY', {
    value: 373530,
    yoyPct: 16.9,
    yoySource: 'reported',
    shareOfParentPct: 32.538,
    contributionPp: 5.4,
    contributionRatePct: 36.486,
    streakMonths: 0,
    rank: 1,
  }),
  metric('baotou-city', 'Baotou City', 'iav', 'Industrial added value', '10k CNY', {
    yoyPct: 12.3,
    yoySource: 'reported',
    streakMonths: 30,
    rank: 2,
  }),
  metric('evil', HOSTILE_TEXTS[0]!, 'iav', 'Industrial added value', '10k CNY', {
    value: -250.5,
    yoyPct: -3.2,
    yoySource: 'reported',
    rank: 3,
    streakMonths: 0,
  }),
];

export function sampleInput(overrides: Partial<ComparisonWorkbookInput> = {}): ComparisonWorkbookInput {
  return {
    catalog: CATALOG,
    observations: OBSERVATIONS,
    metrics: METRICS,
    highlights: [
      {
        zoneId: 'baotou',
        period: '2025-05',
        basis: 'ytd',
        lines: [
          'Industrial added value above designated size grew 14.8% year on year in January–May 2025.',
          'Rare earth industry value added grew 16.9%, contributing 5.4 percentage points.',
        ],
      },
      { zoneId: 'evil', period: '2025-05', basis: 'ytd', lines: [HOSTILE_TEXTS[6]!] },
    ],
    warnings: [],
    comparison: { period: '2025-05', basis: 'ytd', zoneIds: ['baotou', 'baotou-city', 'evil'] },
    options: { period: null, basis: null, zoneIds: null, threshold: 10, language: 'en', observations: 'all' },
    application: { name: 'Zone Stats', version: '0.1.0' },
    exportedAt: new Date('2025-06-25T08:30:00.000Z'),
    ...overrides,
  };
}
