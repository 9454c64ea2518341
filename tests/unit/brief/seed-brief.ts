import { readFileSync } from 'node:fs';
import { periodMonth, periodRange, type Catalog } from '../../../shared/model';
import type { MetricInput } from '../../../shared/metrics';
import type { Resolve } from '../../../shared/brief';
import { resolveByName } from '../../../shared/brief';
import { indicator, input, zone } from '../metrics/build';

/** The seed brief's text (see tests/fixtures/brief/README.md for its source). */
export const SEED_BRIEF = readFileSync(new URL('../../fixtures/brief/seed-brief-en.md', import.meta.url), 'utf8');

/** The zone of the seed brief, its city, and the indicators the brief names. */
export const SEED_CATALOG: Catalog = {
  zones: [
    zone('btrehtz', 'baotou', {
      name: 'Baotou Rare Earth High-Tech Industrial Development Zone',
      nameZh: '稀土高新区',
    }),
    zone('baotou', null, { name: 'Baotou city', nameZh: '包头市' }),
  ],
  indicators: [
    indicator('iav', {
      name: 'Industrial added value above designated size',
      nameZh: '规模以上工业增加值',
      unit: '10k CNY',
    }),
    indicator('re', {
      name: 'Rare earth industries value added',
      nameZh: '稀土产业增加值',
      unit: '10k CNY',
      parentId: 'iav',
    }),
    indicator('ne', { name: 'New energy value added', nameZh: '新能源产业增加值', unit: '10k CNY', parentId: 'iav' }),
    indicator('mag', {
      name: 'Rare earth magnetic materials production',
      nameZh: '稀土磁性材料产量',
      unit: 't',
      kind: 'flow',
    }),
    indicator('comp', { name: 'Rare earth compounds', nameZh: '稀土化合物产量', unit: 't' }),
    indicator('metal', { name: 'Single rare earth metals', nameZh: '单一稀土金属产量', unit: 't' }),
  ],
};

/** What the alias mechanism will supply: the other ways the texts write these names. */
const ALIASES: Record<'zone' | 'indicator', Record<string, string>> = {
  zone: { 全市: 'baotou' },
  indicator: {
    'industrial added value': 'iav',
    规上工业增加值: 'iav',
    规上工业: 'iav',
    'rare earth industries': 're',
    'value added by rare earth industries': 're',
    'new energy sector': 'ne',
  },
};

export function seedResolve(defaultZoneId = 'btrehtz'): Resolve {
  const byName = resolveByName(SEED_CATALOG, { defaultZoneId });
  return (phrase, kind) => byName(phrase, kind) ?? ALIASES[kind][phrase.toLowerCase()] ?? null;
}

/**
 * The brief's sector levels, made up to fit its figures (10k CNY, Jan–May year to date):
 * industrial added value 100,000 in 2024, so 114,800 at +14.8 %; rare earth industries 31,950 in 2024
 * (prior-year share 31.95 % = 5.4 / 16.9), 31,950 × 1.169 = 37,349.55; new energy 18,680
 * (18.68 % ≈ 7.1 / 38), 18,680 × 1.38 = 25,778.4. Contributions: 16.9 × 0.3195 = 5.39955 → 5.4,
 * 38 × 0.1868 = 7.0984 → 7.1. (May 2024 also carries its growth, 12.4 %, for the streak.)
 */
export const SECTOR_LEVELS: MetricInput[] = [
  input('btrehtz', 'iav', '2024-05', 'ytd', 100_000, 12.4),
  input('btrehtz', 'iav', '2025-05', 'ytd', 114_800),
  input('btrehtz', 're', '2024-05', 'ytd', 31_950),
  input('btrehtz', 're', '2025-05', 'ytd', 37_349.55),
  input('btrehtz', 'ne', '2024-05', 'ytd', 18_680),
  input('btrehtz', 'ne', '2025-05', 'ytd', 25_778.4),
];

/**
 * Double-digit year-to-date growth (12.4 %) from Dec 2020 to Apr 2025 but May 2024 (in SECTOR_LEVELS),
 * Januaries left to their 1–2月 figure, and 9.6 % in Nov 2020; `breakAt` falls to 9.9 %.
 */
export function history(breakAt: string | null = null): MetricInput[] {
  const months = periodRange('2020-12', '2025-04').filter(
    (period) => periodMonth(period) !== 1 && period !== '2024-05',
  );
  return [
    input('btrehtz', 'iav', '2020-11', 'ytd', null, 9.6),
    ...months.map((period) => input('btrehtz', 'iav', period, 'ytd', null, period === breakAt ? 9.9 : 12.4)),
  ];
}
