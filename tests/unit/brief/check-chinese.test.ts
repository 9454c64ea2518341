import { describe, expect, it } from 'vitest';
import { checkClaims, readBrief, resolveByName, type CheckedStatement } from '../../../shared/brief';
import type { Catalog } from '../../../shared/model';
import { input, zone } from '../metrics/build';
import { history, SECTOR_LEVELS, SEED_CATALOG, seedResolve } from './seed-brief';

const resolve = seedResolve();

function checks(checked: CheckedStatement[]) {
  return checked.flatMap((statement) =>
    statement.claims.map(({ kind, check, arithmetic, missing }) => ({ kind, check, arithmetic, missing })),
  );
}

/** The seed zone's store: sector levels, double-digit months back to Dec 2020, and 14.2 % for 1-4月. */
const STORE = [
  ...SECTOR_LEVELS,
  ...history().map((entry) => (entry.period === '2025-04' ? { ...entry, yoyPct: 14.2 } : entry)),
];

describe('checkClaims on Chinese briefs', () => {
  it('a release whose every claim fits the data: gap, the city in brackets, change, streak, 拉动, 贡献率, 比重', () => {
    const text =
      '1-5月，稀土高新区规模以上工业增加值同比增长14.8%，增速高于全市(13%)1.8个百分点，比1-4月加快0.6个百分点，连续54个月保持两位数增长。' +
      '其中，稀土产业增加值增长16.9%，拉动全区规上工业增长5.4个百分点，对全区规上工业增长的贡献率为36.5%，占全区规上工业的比重为32.5%。';
    const checked = checkClaims(readBrief(text, { published: '2025-06-20' }).statements, SEED_CATALOG, STORE, resolve);
    const results = checks(checked);
    expect(results.map(({ kind, check }) => [kind, check])).toEqual([
      ['gap_pp', 'agrees'], // 14.8 − 13 = 1.8
      ['benchmark_yoy_pct', 'agrees'], // the city's 13 %, as proposed
      ['change_pp', 'agrees'], // 14.8 − 14.2 = 0.6
      ['streak_months', 'agrees'], // Dec 2020 – May 2025
      ['contribution_pp', 'agrees'], // 16.9 × 31,950 / 100,000 = 5.39955
      ['contribution_rate_pct', 'agrees'], // 5.39955 / 14.8 × 100 = 36.48
      ['share_pct', 'agrees'], // 37,349.55 / 114,800 × 100 = 32.53
    ]);
    expect(results[2]!.arithmetic).toMatchObject({ expression: '14.8 − 14.2', rounded: 0.6 });
    expect(results[5]!.arithmetic).toMatchObject({ expression: '5.40 / 14.8 × 100', rounded: 36.5 });
    expect(results[6]!.arithmetic).toMatchObject({ expression: '37,350 / 114,800 × 100', rounded: 32.5 });
  });

  it('disagreements carry both figures: a 贡献率 and a 比重 the levels do not give, a change from the wrong month', () => {
    const text =
      '1-5月，稀土高新区规模以上工业增加值增长14.8%，比1-4月加快0.8个百分点。其中，稀土产业增加值增长16.9%，对全区规上工业增长的贡献率为40.2%，占全区规上工业的比重为30%。';
    const results = checks(
      checkClaims(readBrief(text, { published: '2025-06-20' }).statements, SEED_CATALOG, STORE, resolve),
    );
    expect(results).toMatchObject([
      {
        kind: 'change_pp',
        check: 'disagrees',
        arithmetic: { expression: '14.8 − 14.2', rounded: 0.6, published: 0.8 },
      },
      { kind: 'contribution_rate_pct', check: 'disagrees', arithmetic: { rounded: 36.5, published: 40.2 } },
      // 32.534 % at the published precision (whole per cent) is 33, not 30.
      { kind: 'share_pct', check: 'disagrees', arithmetic: { rounded: 33, published: 30 } },
    ]);
  });

  it('低于全市 and 影响…下降 are negative, and check as such', () => {
    const store = [
      input('btrehtz', 'iav', '2024-05', 'ytd', 100_000),
      input('btrehtz', 'ne', '2024-05', 'ytd', 18_680),
      input('btrehtz', 'ne', '2025-05', 'ytd', 17_148.24),
    ];
    // New energy 18,680 → 17,148.24 is −8.2 %; −8.2 × 18,680 / 100,000 = −1.53176 → −1.5.
    const text =
      '1-5月，稀土高新区规模以上工业增加值增长1.2%，低于全市0.8个百分点。新能源产业增加值下降8.2%，影响全区规上工业下降1.5个百分点。';
    const checked = checkClaims(readBrief(text, { published: '2025-06-20' }).statements, SEED_CATALOG, store, resolve);
    expect(checked.find((statement) => statement.derived)).toMatchObject({ zoneId: 'baotou', proposal: { yoyPct: 2 } });
    expect(checks(checked)).toMatchObject([
      { kind: 'gap_pp', check: 'agrees', arithmetic: { expression: '1.2 − 2.0', rounded: -0.8 } },
      {
        kind: 'contribution_pp',
        check: 'agrees',
        arithmetic: { expression: '-8.2 × 18,680 / 100,000', rounded: -1.5 },
      },
    ]);
  });

  it('ranks among the zones compared with the city (市五区), and will not rank a group of another size', () => {
    const others = [
      ['d1', 13.5],
      ['d2', 9],
      ['d3', 11.2],
      ['d4', 6.4],
    ] as const;
    const catalog: Catalog = {
      ...SEED_CATALOG,
      zones: [...SEED_CATALOG.zones, ...others.map(([id]) => zone(id, 'baotou'))],
    };
    const store = others.map(([id, growth]) => input(id, 'iav', '2025-05', 'ytd', null, growth));
    const text = '1-5月，稀土高新区规模以上工业增加值增长14.8%，增速列市五区第一。';
    const statements = readBrief(text, { published: '2025-06-20' }).statements;
    const byName = resolveByName(catalog, { defaultZoneId: 'btrehtz' });
    const named: typeof byName = (phrase, kind) =>
      kind === 'zone' && phrase === '全市' ? 'baotou' : byName(phrase, kind);
    expect(checks(checkClaims(statements, catalog, store, named))).toMatchObject([{ kind: 'rank', check: 'agrees' }]);
    const fourZones: Catalog = { ...catalog, zones: catalog.zones.filter((entry) => entry.id !== 'd4') };
    expect(checks(checkClaims(statements, fourZones, store.slice(0, 3), named))).toMatchObject([
      { kind: 'rank', check: 'cannot check', missing: [{ kind: 'group', phrase: '市五区' }] },
    ]);
  });

  it('will not rank within a level the resolver does not know (居全省首位 with no province in the catalog)', () => {
    const text = '1-5月，稀土高新区规模以上工业增加值增长14.8%，居全省首位。';
    const results = checks(
      checkClaims(readBrief(text, { published: '2025-06-20' }).statements, SEED_CATALOG, STORE, resolve),
    );
    expect(results).toMatchObject([
      { kind: 'rank', check: 'cannot check', missing: [{ kind: 'group', phrase: '全省' }] },
    ]);
  });

  it('a traditional-character release checks the same as its simplified form', () => {
    const text =
      '1-5月，稀土高新區規模以上工業增加值同比增長14.8%，高於全市平均水平2.5個百分點，連續54個月保持兩位數增長。';
    const results = checks(
      checkClaims(readBrief(text, { published: '2025-06-20' }).statements, SEED_CATALOG, STORE, resolve),
    );
    expect(results.map(({ kind, check }) => [kind, check])).toEqual([
      ['gap_pp', 'agrees'],
      ['streak_months', 'agrees'],
    ]);
  });

  it('a streak whose threshold the brief does not say cannot be checked', () => {
    const text = '1-5月，稀土高新区规模以上工业增加值增长14.8%，连续54个月保持增长。';
    expect(
      checks(checkClaims(readBrief(text, { published: '2025-06-20' }).statements, SEED_CATALOG, STORE, resolve)),
    ).toMatchObject([{ kind: 'streak_months', check: 'cannot check', missing: [{ kind: 'threshold' }] }]);
  });
});
