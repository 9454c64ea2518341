import { describe, expect, it } from 'vitest';
import { catalogIndexes } from '../../../shared/app/import/catalog-index';
import { resolveByName } from '../../../shared/brief';
import {
  formatAliases,
  IndicatorSchema,
  parseAliases,
  withAlias,
  ZoneSchema,
  type Catalog,
} from '../../../shared/model';

const CATALOG: Catalog = {
  zones: [
    {
      id: 'btrehtz',
      name: 'Baotou Rare Earth High-Tech Zone',
      nameZh: '稀土高新区',
      region: '',
      benchmarkZoneId: 'baotou',
      aliases: ['包头稀土高新区'],
    },
    { id: 'baotou', name: 'Baotou', nameZh: '包头市', region: '', benchmarkZoneId: null, aliases: ['全市'] },
    { id: 'beijing', name: 'Beijing', nameZh: '北京市', region: '', benchmarkZoneId: null },
  ],
  indicators: [
    {
      id: 'iav',
      name: 'Industrial added value',
      nameZh: '规模以上工业增加值',
      unit: '万元',
      kind: 'flow',
      parentId: null,
      required: false,
      plausibleYoyMin: null,
      plausibleYoyMax: null,
      aliases: ['规上工业增加值', 'IAV above size'],
    },
    {
      id: 'iav2',
      name: 'Other',
      nameZh: '其他',
      unit: '万元',
      kind: 'flow',
      parentId: null,
      required: false,
      plausibleYoyMin: null,
      plausibleYoyMax: null,
      aliases: ['工业'],
    },
    {
      id: 'iav3',
      name: 'Another',
      nameZh: '另一个',
      unit: '万元',
      kind: 'flow',
      parentId: null,
      required: false,
      plausibleYoyMin: null,
      plausibleYoyMax: null,
      aliases: ['工业'],
    },
  ],
};

describe('aliases: other names of a zone or an indicator', () => {
  it('are read from a ;-separated text, either width, blanks and repeats left out', () => {
    expect(parseAliases(' 规上工业增加值 ；IAV; ;IAV;  全区 ')).toEqual(['规上工业增加值', 'IAV', '全区']);
    expect(parseAliases('')).toEqual([]);
    expect(formatAliases(['a', '规上'])).toBe('a; 规上');
  });

  it('are optional on a zone and checked like names (no control characters)', () => {
    expect(ZoneSchema.safeParse({ id: 'z', name: 'Z', nameZh: '', region: '', benchmarkZoneId: null }).success).toBe(
      true,
    );
    expect(
      ZoneSchema.safeParse({
        id: 'z',
        name: 'Z',
        nameZh: '',
        region: '',
        benchmarkZoneId: null,
        aliases: ['ok\u001b[31m'],
      }).success,
    ).toBe(false);
    expect(IndicatorSchema.parse({ ...CATALOG.indicators[0], aliases: [' 规上 '] }).aliases).toEqual(['规上']);
  });

  it('withAlias adds a new one once, never the name itself', () => {
    const iav = CATALOG.indicators[0]!;
    expect(withAlias(iav, '规上工业')).toEqual(['规上工业增加值', 'IAV above size', '规上工业']);
    expect(withAlias(iav, '规上工业增加值')).toEqual(['规上工业增加值', 'IAV above size']);
    expect(withAlias(iav, '规模以上工业增加值')).toEqual(['规上工业增加值', 'IAV above size']);
    expect(withAlias(CATALOG.zones[2]!, '北京')).toEqual(['北京']);
  });

  it('are found by the import index as names are, an alias two entries share is ambiguous', () => {
    const { zones, indicators } = catalogIndexes(CATALOG);
    expect(indicators.find('规上工业增加值')).toMatchObject({ id: 'iav' });
    expect(indicators.find('iav ABOVE  size')).toMatchObject({ id: 'iav' });
    expect(indicators.find('工业')).toBe('ambiguous');
    expect(zones.find('全市')).toMatchObject({ id: 'baotou' });
    expect(zones.find('包头稀土高新区')).toMatchObject({ id: 'btrehtz' });
  });

  it('resolve brief phrases, an alias two entries share resolves to neither', () => {
    const resolve = resolveByName(CATALOG, { defaultZoneId: 'btrehtz' });
    expect(resolve('规上工业增加值', 'indicator')).toBe('iav');
    expect(resolve('全市', 'zone')).toBe('baotou');
    expect(resolve('全区', 'zone')).toBe('btrehtz');
    expect(resolve('工业', 'indicator')).toBeNull();
    expect(resolve('规上工业增加值', 'zone')).toBeNull();
  });
});
