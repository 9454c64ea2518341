import { readFileSync } from 'node:fs';
import type { Catalog } from '../../../shared/model';
import type { Resolve } from '../../../shared/brief';
import { resolveByName } from '../../../shared/brief';
import { indicator, zone } from '../metrics/build';

/** The seed brief's text (see tests/fixtures/brief/README.md for its source). */
export const SEED_BRIEF = readFileSync(new URL('../../fixtures/brief/seed-brief-en.md', import.meta.url), 'utf8');

/** The zone of the seed brief, its city, and the indicators the brief names. */
export const SEED_CATALOG: Catalog = {
  zones: [
    zone('btrehtz', 'baotou', { name: 'Baotou Rare Earth High-Tech Industrial Development Zone', nameZh: '稀土高新区' }),
    zone('baotou', null, { name: 'Baotou city', nameZh: '包头市' }),
  ],
  indicators: [
    indicator('iav', { name: 'Industrial added value above designated size', nameZh: '规模以上工业增加值', unit: '10k CNY' }),
    indicator('re', { name: 'Rare earth industries value added', nameZh: '稀土产业增加值', unit: '10k CNY', parentId: 'iav' }),
    indicator('ne', { name: 'New energy value added', nameZh: '新能源产业增加值', unit: '10k CNY', parentId: 'iav' }),
    indicator('mag', { name: 'Rare earth magnetic materials production', nameZh: '稀土磁性材料产量', unit: 't', kind: 'flow' }),
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
