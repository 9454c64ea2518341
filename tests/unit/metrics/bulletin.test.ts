import { describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/api';
import { writeBulletin, type MetricInput } from '../../../shared/metrics';
import { engineOf, indicator, input, zone } from './build';

const catalog = {
  zones: [
    zone('city', null, { name: 'Metro City', nameZh: '都市' }),
    zone('z', 'city', { name: 'Park Zone', nameZh: '园区' }),
  ],
  indicators: [
    indicator('total', { name: 'Industrial value added', nameZh: '工业增加值' }),
    indicator('a', { parentId: 'total', name: 'Steel value added', nameZh: '钢铁增加值' }),
    indicator('b', { parentId: 'total', name: 'Chemicals value added', nameZh: '化工增加值' }),
    indicator('out', { name: 'Steel output', nameZh: '钢材产量', unit: 't' }),
    indicator('exports', { name: 'Exports', nameZh: '出口额', unit: '10k CNY' }),
  ],
};

function bulletin(
  inputs: MetricInput[],
  language: Language,
  options: { basis?: 'ytd' | 'month'; period?: string; threshold?: number; headline?: string } = {},
) {
  const engine = engineOf(catalog, inputs, options.threshold);
  const result = writeBulletin(engine, {
    zoneId: 'z',
    period: options.period ?? '2025-05',
    basis: options.basis ?? 'ytd',
    language,
    ...(options.headline ? { headlineIndicatorId: options.headline } : {}),
  });
  return result!.lines;
}

const ytd = (zoneId: string, id: string, period: string, value: number | null, yoy: number | null) =>
  input(zoneId, id, period, 'ytd', value, yoy);

describe('the bulletin', () => {
  it('words falls as falls, a negative contribution as a drag, and a gap below the benchmark', () => {
    const inputs = [
      ytd('z', 'total', '2025-04', null, -1.5),
      ytd('z', 'total', '2025-05', 980, -2),
      ytd('z', 'a', '2025-05', 285, -5),
      ytd('z', 'out', '2025-05', 900, -3.24),
      ytd('city', 'total', '2025-05', null, 1.1),
    ];
    expect(bulletin(inputs, 'en')).toEqual([
      'Industrial value added fell 2.0% year on year in January–May 2025, 3.1 percentage points below Metro City, slowing from January–April 2025 by 0.5 percentage points.',
      'Steel value added fell 5.0%, dragging down overall growth by 1.5 percentage points.',
      'Steel output came to 900 t, down 3.2% year on year.',
    ]);
    expect(bulletin(inputs, 'zh')).toEqual([
      '2025年1-5月，园区工业增加值同比下降2.0%，低于都市3.1个百分点，增速比1-4月回落0.5个百分点。',
      '其中，钢铁增加值下降5.0%，下拉工业增加值增速1.5个百分点。',
      '钢材产量为900吨，同比下降3.2%。',
    ]);
  });

  it('leaves out what is missing, never writing 0 or NaN', () => {
    const inputs = [
      ytd('z', 'total', '2025-05', null, 8.2),
      ytd('z', 'a', '2025-05', null, 4),
      ytd('z', 'out', '2025-05', 1200, null),
      ytd('z', 'exports', '2025-05', null, 3),
    ];
    const english = bulletin(inputs, 'en');
    expect(english).toEqual([
      'Industrial value added rose 8.2% year on year in January–May 2025.',
      'Steel value added rose 4.0%.',
      'Steel output came to 1,200 t.',
      'Exports rose 3.0% year on year.',
    ]);
    expect(bulletin(inputs, 'zh')).toEqual([
      '2025年1-5月，园区工业增加值同比增长8.2%。',
      '其中，钢铁增加值增长4.0%。',
      '钢材产量为1200吨。',
      '出口额同比增长3.0%。',
    ]);
    expect([...english, ...bulletin(inputs, 'zh')].join(' ')).not.toMatch(/NaN|null|undefined|Infinity/);
  });

  it('level with the benchmark, steady pace, unchanged output', () => {
    const inputs = [
      ytd('z', 'total', '2025-04', null, 6),
      ytd('z', 'total', '2025-05', null, 6.04),
      ytd('city', 'total', '2025-05', null, 6),
      ytd('z', 'out', '2025-05', 100, 0),
    ];
    expect(bulletin(inputs, 'en')).toEqual([
      'Industrial value added rose 6.0% year on year in January–May 2025, level with Metro City, holding the pace of January–April 2025.',
      'Steel output came to 100 t, unchanged year on year.',
    ]);
    expect(bulletin(inputs, 'zh')).toEqual([
      '2025年1-5月，园区工业增加值同比增长6.0%，与都市持平，增速与1-4月持平。',
      '钢材产量为100吨，同比持平。',
    ]);
  });

  it('names the streak with its threshold when it is not double digits', () => {
    const inputs = ['2025-02', '2025-03', '2025-04', '2025-05'].map((period) => ytd('z', 'total', period, null, 8.5));
    expect(bulletin(inputs, 'en', { threshold: 8 })[0]).toBe(
      'Industrial value added rose 8.5% year on year in January–May 2025, its 5th consecutive month of growth of at least 8.0%, holding the pace of January–April 2025.',
    );
    expect(bulletin(inputs, 'zh', { threshold: 8 })[0]).toBe(
      '2025年1-5月，园区工业增加值同比增长8.5%，连续5个月增速不低于8.0%，增速与1-4月持平。',
    );
  });

  it('words a month, and a comparison with last year, with the year where needed', () => {
    const inputs = [input('z', 'total', '2024-12', 'month', null, 7), input('z', 'total', '2025-02', 'month', null, 9)];
    expect(bulletin(inputs, 'en', { basis: 'month', period: '2025-02' })[0]).toBe(
      'Industrial value added rose 9.0% year on year in February 2025, accelerating from December 2024 by 2.0 percentage points.',
    );
    expect(bulletin(inputs, 'zh', { basis: 'month', period: '2025-02' })[0]).toBe(
      '2025年2月，园区工业增加值同比增长9.0%，增速比2024年12月加快2.0个百分点。',
    );
  });

  it('headlines the top-level indicator with most data, or the pinned one', () => {
    const inputs = [
      ytd('z', 'out', '2025-03', 500, 5),
      ytd('z', 'out', '2025-04', 700, 5),
      ytd('z', 'out', '2025-05', 900, 5),
      ytd('z', 'total', '2025-05', null, 7),
    ];
    expect(bulletin(inputs, 'en')[0]).toBe(
      'Steel output rose 5.0% year on year in January–May 2025, holding the pace of January–April 2025.',
    );
    expect(bulletin(inputs, 'en', { headline: 'total' })[0]).toBe(
      'Industrial value added rose 7.0% year on year in January–May 2025.',
    );
  });

  it('a headline with a level but no growth states the level', () => {
    expect(bulletin([ytd('z', 'total', '2025-05', 1_148_000, null)], 'zh')).toEqual([
      '2025年1-5月，园区工业增加值为114.8亿元。',
    ]);
    expect(bulletin([ytd('z', 'total', '2025-05', 1_148_000, null)], 'en')).toEqual([
      'Industrial value added came to CNY 11.48 billion in January–May 2025.',
    ]);
  });

  it('is empty for a period without figures, and null for an unknown zone', () => {
    expect(bulletin([ytd('z', 'total', '2025-04', null, 7)], 'en')).toEqual([]);
    expect(
      writeBulletin(engineOf(catalog, []), { zoneId: 'nowhere', period: '2025-05', basis: 'ytd', language: 'en' }),
    ).toBeNull();
  });
});

describe('the bulletin on a rate', () => {
  const rates = {
    zones: [zone('z')],
    indicators: [indicator('util', { kind: 'rate', unit: '%', name: 'Capacity utilisation', nameZh: '产能利用率' })],
  };
  const lines = (inputs: MetricInput[], language: Language) =>
    writeBulletin(engineOf(rates, inputs), { zoneId: 'z', period: '2025-06', basis: 'ytd', language })!.lines;

  it('words its growth as a change in percentage points: 76.9 % → 78.1 % rose 1.2 points, 同比提高1.2个百分点', () => {
    const inputs = [input('z', 'util', '2024-06', 'ytd', 76.9), input('z', 'util', '2025-06', 'ytd', 78.1)];
    expect(lines(inputs, 'en')).toEqual([
      'Capacity utilisation rose 1.2 percentage points year on year in January–June 2025.',
    ]);
    expect(lines(inputs, 'zh')).toEqual(['2025年1-6月，z区产能利用率同比提高1.2个百分点。']);
  });

  it('a fall of exactly one point is singular in English: 下降1.0个百分点', () => {
    const inputs = [input('z', 'util', '2025-06', 'ytd', null, -1)];
    expect(lines(inputs, 'en')).toEqual([
      'Capacity utilisation fell 1.0 percentage point year on year in January–June 2025.',
    ]);
    expect(lines(inputs, 'zh')).toEqual(['2025年1-6月，z区产能利用率同比下降1.0个百分点。']);
  });
});
