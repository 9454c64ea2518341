import { describe, expect, it } from 'vitest';
import {
  catalogProblem,
  displayName,
  IdSchema,
  IndicatorSchema,
  ObservationInputSchema,
  ObservationSchema,
  ZoneSchema,
  type Catalog,
} from '../../../shared/model';

const zone = {
  id: 'baotou-hi-tech',
  name: 'Baotou Rare Earth High-Tech Zone',
  nameZh: '包头稀土高新区',
  region: 'Inner Mongolia',
  benchmarkZoneId: 'baotou-city',
};
const city = {
  id: 'baotou-city',
  name: 'Baotou City',
  nameZh: '包头市',
  region: 'Inner Mongolia',
  benchmarkZoneId: null,
};
const iav = {
  id: 'iav',
  name: 'Industrial added value',
  nameZh: '规模以上工业增加值',
  unit: '10k CNY',
  kind: 'flow',
  parentId: null,
};
const rareEarth = {
  ...iav,
  id: 'rare-earth-va',
  name: 'Rare earth industry value added',
  nameZh: '稀土产业增加值',
  parentId: 'iav',
};

describe('ids', () => {
  it.each(['__proto__', 'constructor ', '', '-lead', 'a'.repeat(65), 'zone/1'])('refuses %j', (id) => {
    expect(IdSchema.safeParse(id).success).toBe(false);
  });
  it.each(['a', 'baotou-city', 'IAV_2', 'z.1'])('accepts %j', (id) => {
    expect(IdSchema.safeParse(id).success).toBe(true);
  });
});

describe('zone and indicator schemas', () => {
  it('accepts a zone with a benchmark and trims names', () => {
    const parsed = ZoneSchema.parse({ ...zone, name: '  Baotou  ' });
    expect(parsed.name).toBe('Baotou');
  });

  it('needs a name in one language at least: an imported entry may leave the English one empty', () => {
    expect(ZoneSchema.safeParse({ ...zone, name: ' ', nameZh: '' }).success).toBe(false);
    expect(ZoneSchema.safeParse({ ...zone, name: '', nameZh: '内蒙古自治区' }).success).toBe(true);
    expect(IndicatorSchema.safeParse({ ...iav, name: '', nameZh: '' }).success).toBe(false);
    expect(IndicatorSchema.safeParse({ ...iav, name: '', nameZh: '内燃机' }).success).toBe(true);
  });

  it('shows an entry without an English name by its Chinese one in English too', () => {
    expect(displayName({ name: '', nameZh: '内燃机' }, 'en')).toBe('内燃机');
    expect(displayName({ name: 'Engines', nameZh: '内燃机' }, 'en')).toBe('Engines');
    expect(displayName({ name: 'Engines', nameZh: '' }, 'zh-CN')).toBe('Engines');
  });

  it('fills indicator defaults and refuses unknown kinds', () => {
    const parsed = IndicatorSchema.parse(iav);
    expect(parsed).toMatchObject({ required: false, plausibleYoyMin: null, plausibleYoyMax: null });
    expect(IndicatorSchema.safeParse({ ...iav, kind: 'ratio' }).success).toBe(false);
  });
});

describe('observation schemas', () => {
  const key = { zoneId: 'baotou-hi-tech', indicatorId: 'iav', period: '2025-05', basis: 'ytd' };

  it('needs a value or a published rate', () => {
    expect(ObservationInputSchema.safeParse({ ...key, value: null, yoyPct: null }).success).toBe(false);
    expect(ObservationInputSchema.safeParse({ ...key, value: null, yoyPct: 14.8 }).success).toBe(true);
    expect(ObservationInputSchema.safeParse({ ...key, value: 1148000, yoyPct: null }).success).toBe(true);
  });

  it('refuses non-finite numbers and bad keys', () => {
    expect(ObservationInputSchema.safeParse({ ...key, value: Number.POSITIVE_INFINITY, yoyPct: null }).success).toBe(
      false,
    );
    expect(ObservationInputSchema.safeParse({ ...key, value: Number.NaN, yoyPct: null }).success).toBe(false);
    expect(ObservationInputSchema.safeParse({ ...key, basis: 'quarter', value: 1, yoyPct: null }).success).toBe(false);
    expect(ObservationInputSchema.safeParse({ ...key, period: '2025-5', value: 1, yoyPct: null }).success).toBe(false);
  });

  it('defaults source, note and history', () => {
    const stored = ObservationSchema.parse({ ...key, value: 1, yoyPct: null, updatedAt: '2025-06-25T00:00:00.000Z' });
    expect(stored).toMatchObject({ source: '', note: '', history: [] });
  });
});

describe('catalog consistency', () => {
  const good: Catalog = {
    zones: [ZoneSchema.parse(zone), ZoneSchema.parse(city)],
    indicators: [IndicatorSchema.parse(iav), IndicatorSchema.parse(rareEarth)],
  };

  it('accepts a consistent catalog', () => {
    expect(catalogProblem(good)).toBeNull();
  });

  it('names an unknown benchmark, a self benchmark, duplicate ids, unknown parents and cycles', () => {
    expect(catalogProblem({ ...good, zones: [good.zones[0]!] })).toMatch(/unknown benchmark "baotou-city"/);
    expect(catalogProblem({ ...good, zones: [{ ...good.zones[1]!, benchmarkZoneId: 'baotou-city' }] })).toMatch(
      /own benchmark/,
    );
    expect(catalogProblem({ ...good, zones: [...good.zones, good.zones[1]!] })).toMatch(/used twice/);
    expect(catalogProblem({ ...good, indicators: [good.indicators[1]!] })).toMatch(/unknown parent "iav"/);
    const cycle = [{ ...good.indicators[0]!, parentId: 'rare-earth-va' }, good.indicators[1]!];
    expect(catalogProblem({ ...good, indicators: cycle })).toMatch(/own ancestor/);
  });
});
