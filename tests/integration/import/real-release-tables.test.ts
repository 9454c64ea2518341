import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileOf, openImportApp, unwrap, type ImportApp } from './import-app';

const REAL = join(import.meta.dirname, '../../fixtures/real');
const real = async (name: string) => await fileOf(name, await readFile(join(REAL, name)));
/** The national figures: the user names the zone, and confirms creating it in an empty store. */
const NATIONAL = { zoneId: '全国', createZones: true } as const;

let app: ImportApp;
beforeEach(async () => {
  app = await openImportApp();
});
afterEach(async () => {
  await app.dispose();
});

/** Every observation of the store as `zone|indicator|period|basis → [value, yoyPct]`, by Chinese names. */
async function storedByName(): Promise<Record<string, [number | null, number | null]>> {
  const zones = new Map(unwrap(await app.api.listZones({})).map((zone) => [zone.id, zone.nameZh || zone.name]));
  const indicators = new Map(
    unwrap(await app.api.listIndicators({})).map((indicator) => [indicator.id, indicator.nameZh || indicator.name]),
  );
  const observations = unwrap(await app.api.getObservations({}));
  return Object.fromEntries(
    observations.map((o) => [
      `${zones.get(o.zoneId)}|${indicators.get(o.indicatorId)}|${o.period}|${o.basis}`,
      [o.value, o.yoyPct],
    ]),
  );
}

describe('release tables as bureaus publish them (tests/fixtures/real)', () => {
  it('A: two header rows (4月 / 1-4月 over 绝对量 / 同比增长(%)), section rows, indents, footnotes: every figure and nothing else', async () => {
    const file = await real('retyped-A-nbs-release-2row-merged.xlsx');
    const preview = unwrap(await app.api.previewImport({ file, options: NATIONAL }));
    expect(preview).toMatchObject({
      layout: 'release-table',
      headerRow: 3,
      errors: 0,
      unmapped: 0,
      given: { period: '2020-04' },
    });
    expect(preview.detection).toMatchObject({ layout: 'release-table' });
    expect(preview.reading).toEqual(
      expect.arrayContaining([
        { what: 'header-rows', value: '2–3', from: '表1!A2' },
        { what: 'period', value: '2020-04', from: '表1!A1' },
        { what: 'zone', value: '全国', from: 'option' },
      ]),
    );
    expect(preview.mapping.map((entry) => `${entry.column} ${entry.header} → ${entry.field}`)).toEqual([
      'A 指标 → indicator',
      'B 4月 绝对量 → month_value',
      'C 4月 同比增长(%) → month_yoy',
      'D 1-4月 绝对量 → ytd_value',
      'E 1-4月 同比增长(%) → ytd_yoy',
    ]);
    unwrap(await app.api.commitImport({ token: preview.token }));
    // Read off the file: rows 4, 6-10 (row 5 is the section 分行业, rows 11-12 the notes).
    expect(await storedByName()).toEqual({
      '全国|规模以上工业增加值|2020-04|month': [null, 3.9],
      '全国|规模以上工业增加值|2020-04|ytd': [null, -4.9],
      '全国|煤炭开采和洗选业|2020-04|month': [null, 3.7],
      '全国|煤炭开采和洗选业|2020-04|ytd': [null, 0.6],
      '全国|石油和天然气开采业|2020-04|month': [null, -6.2],
      '全国|石油和天然气开采业|2020-04|ytd': [null, 0.1],
      '全国|黑色金属矿采选业|2020-04|month': [null, 0.3],
      '全国|黑色金属矿采选业|2020-04|ytd': [null, -5.2],
      '全国|农副食品加工业|2020-04|month': [null, 3],
      '全国|农副食品加工业|2020-04|ytd': [null, -7],
      '全国|汽车制造业出口交货值|2020-04|month': [272.1, -6.2],
      '全国|汽车制造业出口交货值|2020-04|ytd': [1006.5, -9.4],
    });
    const indicators = unwrap(await app.api.listIndicators({}));
    expect(indicators.find((indicator) => indicator.nameZh === '煤炭开采和洗选业')).toMatchObject({
      id: 'mei-tan-kai-cai-he-xi-xuan-ye',
      name: '',
    });
    // The unit the name writes in brackets, 汽车制造业出口交货值(亿元), is the new indicator's.
    expect(indicators.find((indicator) => indicator.nameZh === '汽车制造业出口交货值')).toMatchObject({ unit: '亿元' });
  });

  it("A: the unit a name writes converts to the indicator's unit, and the scale is shown", async () => {
    unwrap(
      await app.api.createZone({
        zone: { id: 'cn', name: 'China', nameZh: '全国', region: '', benchmarkZoneId: null },
      }),
    );
    unwrap(
      await app.api.createIndicator({
        indicator: {
          id: 'auto-export',
          name: 'Car export delivery value',
          nameZh: '汽车制造业出口交货值',
          unit: '万元',
          kind: 'flow',
          parentId: null,
          required: false,
          plausibleYoyMin: null,
          plausibleYoyMax: null,
        },
      }),
    );
    const preview = unwrap(
      await app.api.previewImport({
        file: await real('retyped-A-nbs-release-2row-merged.xlsx'),
        options: { zoneId: '全国', createZones: true },
      }),
    );
    expect(preview.errors).toBe(0);
    expect(preview.reading).toContainEqual({ what: 'unit-scale', value: '亿元 → 万元 (auto-export)', from: '表1!A10' });
    unwrap(await app.api.commitImport({ token: preview.token }));
    const stored = await storedByName();
    // 272.1 亿元 = 2,721,000 万元; 1,006.5 亿元 = 10,065,000 万元.
    expect(stored['全国|汽车制造业出口交货值|2020-04|month']).toEqual([2721000, -6.2]);
    expect(stored['全国|汽车制造业出口交货值|2020-04|ytd']).toEqual([10065000, -9.4]);
  });

  it('A: a zone the store lacks is one error saying how to confirm it, and nothing is written', async () => {
    const file = await real('retyped-A-nbs-release-2row-merged.xlsx');
    const before = await app.hash();
    const preview = unwrap(await app.api.previewImport({ file, options: { zoneId: '全国' } }));
    expect(preview.problems.filter((problem) => problem.severity === 'error')).toEqual([
      expect.objectContaining({ found: '全国', message: expect.stringContaining('confirm creating it') }),
    ]);
    const committed = await app.api.commitImport({ file, options: { zoneId: '全国' } });
    expect(committed.ok).toBe(false);
    expect(await app.hash()).toBe(before);
  });

  it('A: a profile saved from the two-row mapping applies again by its headers (4月 绝对量 names both rows)', async () => {
    const file = await real('retyped-A-nbs-release-2row-merged.xlsx');
    const first = unwrap(await app.api.previewImport({ file, options: NATIONAL }));
    const mapping = first.mapping.map(({ header, field }) => ({ header, field }));
    unwrap(await app.api.saveImportProfile({ profile: { name: 'nbs release', layout: 'release-table', mapping } }));
    const again = unwrap(await app.api.previewImport({ file, options: NATIONAL }));
    expect(again).toMatchObject({
      profile: 'nbs release',
      profileReason: 'fingerprint',
      errors: 0,
      mapping: first.mapping,
    });
    expect(again.diff).toEqual(first.diff);
  });

  it('B: units in headers (本月(亿元)), a 计量单位 column, growth as growth', async () => {
    const preview = unwrap(
      await app.api.previewImport({ file: await real('retyped-B-units-in-header.xlsx'), options: NATIONAL }),
    );
    expect(preview).toMatchObject({
      layout: 'release-table',
      headerRow: 3,
      errors: 0,
      unmapped: 0,
      given: { period: '2020-04' },
    });
    expect(preview.mapping.map((entry) => entry.field)).toEqual([
      'indicator',
      'unit',
      'month_value',
      'ytd_value',
      'month_yoy',
      'ytd_yoy',
    ]);
    unwrap(await app.api.commitImport({ token: preview.token }));
    expect(await storedByName()).toEqual({
      '全国|规模以上工业增加值|2020-04|month': [null, 3.9],
      '全国|规模以上工业增加值|2020-04|ytd': [null, -4.9],
      '全国|汽车制造业出口交货值|2020-04|month': [272.1, -6.2],
      '全国|汽车制造业出口交货值|2020-04|ytd': [1006.5, -9.4],
    });
  });

  it('H: 比上年同期增减(%) is growth, 其中： is dropped, names starting with 内 keep it', async () => {
    const preview = unwrap(
      await app.api.previewImport({ file: await real('retyped-H-labels-zengjian.xlsx'), options: NATIONAL }),
    );
    expect(preview).toMatchObject({
      layout: 'release-table',
      headerRow: 2,
      errors: 0,
      unmapped: 0,
      given: { period: '2020-04' },
    });
    // The growth column follows the year-to-date column to its left (本月止累计).
    expect(preview.mapping.map((entry) => `${entry.header} → ${entry.field}`)).toEqual([
      '指标名称 → indicator',
      '计量单位 → unit',
      '本月 → month_value',
      '本月止累计 → ytd_value',
      '比上年同期增减(%) → ytd_yoy',
    ]);
    unwrap(await app.api.commitImport({ token: preview.token }));
    expect(await storedByName()).toEqual({
      '全国|原油|2020-04|month': [1587.47, null],
      '全国|内燃机|2020-04|month': [1234.5, null],
      '全国|内燃机|2020-04|ytd': [4567.8, null],
      '全国|内资企业出口交货值|2020-04|month': [100, null],
      '全国|内资企业出口交货值|2020-04|ytd': [400, 1.2],
      '全国|内蒙古自治区工业增加值|2020-04|month': [10, null],
      '全国|内蒙古自治区工业增加值|2020-04|ytd': [40, 2],
    });
    const indicators = unwrap(await app.api.listIndicators({}));
    expect(
      indicators.map((indicator) => [indicator.id, indicator.name, indicator.nameZh, indicator.unit]).sort(),
    ).toEqual([
      ['nei-meng-gu-zi-zhi-qu-gong-ye-zeng-jia-zhi', '', '内蒙古自治区工业增加值', '亿元'],
      ['nei-ran-ji', '', '内燃机', '万千瓦'],
      ['nei-zi-qi-ye-chu-kou-jiao-huo-zhi', '', '内资企业出口交货值', '亿元'],
      ['yuan-you', '', '原油', '万吨'],
    ]);
  });

  it('the damaged formula-bearing corpus file: one clear refusal, never a data row taken for a header', async () => {
    const file = await real('corpus-ptgexp-truncated-operand.xls');
    const before = await app.hash();
    const preview = unwrap(await app.api.previewImport({ file }));
    expect(preview.layout).toBeNull();
    expect(preview.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: 'no sheet reads as a table Zone Stats imports',
        found: expect.stringContaining('Tab 1'),
      }),
    ]);
    expect((await app.api.commitImport({ file })).ok).toBe(false);
    expect(await app.hash()).toBe(before);
  });
});
