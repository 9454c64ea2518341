import type { Basis } from '../model';
import { splitLabelUnit } from './label-unit';
import { labelText } from './normalize';

/**
 * What a series name says its figures are (`工业增加值同比增长(%)`, `GDP_累计`,
 * `工业生产者出厂价格指数(上年同期＝100)_当期`): the base indicator, value or growth, the basis.
 */
export interface SeriesName {
  /** The base indicator: `工业增加值` for `工业增加值累计增长(%)`. */
  indicator: string;
  measure: 'value' | 'yoy';
  /** Null when the name does not say (`规模以上工业增加值`, `增速(%)`): the header or title decides. */
  basis: Basis | null;
  /** The unit written in brackets, for values; growth is in % whatever the bracket says. */
  unit: string | null;
  /** The figure is an index (`上年同月=100`): growth = figure − base. */
  indexBase: number | null;
  /** True when words of the name (not only a default) say value or growth. */
  explicit: boolean;
  /** Why figures of this series are not imported (环比 is not year on year), or null. */
  refused: string | null;
}

const MONTH_ON_MONTH = '环比';
const MOM_REASON = 'month-on-month growth (环比) is not a year-on-year rate';

/** 中经网 suffixes: `_当期`, `_累计`, `_累计同比实际增速`, `_当期同比名义增长`. */
const CEI_SUFFIX = /^(当期|当月|当季|累计)(同比)?(名义|实际)?(增速|增长率|增长)?$/;

/** Words ending a national-database name, longest first, with what they say. */
const ENDINGS: readonly [RegExp, SeriesName['measure'], Basis | null][] = [
  [/(累计同比增长|累计同比增速|累计增长率|累计增长|累计增速|累计同比)$/, 'yoy', 'ytd'],
  [/(当月同比增长|当期同比增长|同比增长率|同比增长|同比增速|同比)$/, 'yoy', 'month'],
  [/(比上年同期增长|比上年同期增减|比上年同月增长|比上年增长|增长率|增长|增速|增减)$/, 'yoy', null],
  [/(实际增长指数|增长指数)$/, 'yoy', null],
  [/(当期值|当月值|本月值|当季值)$/, 'value', 'month'],
  [/(累计值|本月止累计|本年累计)$/, 'value', 'ytd'],
];

const BASIS_OF_SUFFIX: Readonly<Record<string, Basis>> = { 当期: 'month', 当月: 'month', 当季: 'month', 累计: 'ytd' };

/** Year-on-year indices only: `上年同月=100`; a fixed base (`2015年=100`) or `上月=100` is no YoY rate. */
function indexRefusal(base: number | null, of: string | null): string | null {
  if (base === null) return null;
  if (of === null || !/^(上年同月|上年同期|上年)$/.test(of))
    return `an index on ${of ?? '?'}=${base} is not a year-on-year rate`;
  return base === 100 ? null : `an index on a base of ${base} is not a growth rate`;
}

/** Reads a series name or an indicator header; never calls a growth series a value. */
export function parseSeriesName(text: string): SeriesName {
  const split = splitLabelUnit(labelText(text));
  let label = split.label;
  let measure: SeriesName['measure'] | null = null;
  let basis: Basis | null = null;
  let refused: string | null = label.includes(MONTH_ON_MONTH) ? MOM_REASON : null;

  const underscore = label.lastIndexOf('_');
  if (underscore > 0) {
    const suffix = CEI_SUFFIX.exec(label.slice(underscore + 1));
    if (suffix) {
      basis = BASIS_OF_SUFFIX[suffix[1]!]!;
      if (suffix[4] !== undefined) measure = 'yoy';
      else if (split.indexBase === null) measure = 'value';
      label = label.slice(0, underscore);
    }
  }
  for (const [ending, saysMeasure, saysBasis] of ENDINGS) {
    const stripped = label.replace(ending, '');
    if (stripped === label) continue;
    if (/指数$/.test(label) && split.indexBase === null)
      refused = refused ?? 'an index that does not name its base (上年同期=100)';
    label = stripped;
    measure = saysMeasure === 'yoy' ? 'yoy' : (measure ?? saysMeasure);
    basis = basis ?? saysBasis;
    break;
  }
  if (split.indexBase !== null) {
    measure = 'yoy';
    if (split.indexOf === '上年同月') basis = basis ?? 'month';
  }
  const explicit = measure !== null || split.unit === '%';
  if (measure === null) measure = split.unit === '%' ? 'yoy' : 'value';
  refused ??= indexRefusal(split.indexBase, split.indexOf);
  return {
    indicator: label.replace(/[_\s]+$/, '').trim(),
    measure,
    basis,
    unit: measure === 'value' && split.unit !== '%' ? split.unit : null,
    indexBase: split.indexBase,
    explicit,
    refused,
  };
}

/** Growth from an index figure (104.1 on 上年同期=100 → 4.1), to the decimals the index was written with. */
export function growthFromIndex(index: number, base: number): number {
  const decimals = Math.min((String(index).split('.')[1] ?? '').length, 10);
  return Number((index - base).toFixed(decimals));
}
