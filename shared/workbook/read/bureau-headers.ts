import type { Basis } from '../../model';
import { compactText, parsePeriodParts, splitLabelUnit, type LabelParts } from '../../parse';
import type { BureauField } from './fields';

/** What a bureau table's column header says: which figure, on which basis, for which period. */
export interface BureauColumn {
  field: BureauField | 'prior' | 'generic-value' | 'generic-yoy';
  /** The period the header itself names (`5月`, `1-5月`, `2025年1-5月`), before the year is settled. */
  parts: LabelParts | null;
  /** The unit the header names in brackets (`本月(亿元)` → 亿元), `%` for growth. */
  unit?: string;
  /** An index column (`本月(上年同月=100)`): growth, read as the figure minus this base. */
  indexBase?: number;
}

const INDICATOR_HEADERS = new Set([
  '指标',
  '指标名称',
  '指标名',
  '项目',
  '项目名称',
  '名称',
  '产品名称',
  '产品',
  '行业',
  '行业名称',
  'indicator',
  'item',
]);
const UNIT_HEADERS = new Set(['单位', '计量单位', 'unit']);
const MONTH_WORDS = new Set(['本月', '当月', '本月实际', '本月完成', '本期', 'month', 'thismonth']);
const YTD_WORDS = new Set([
  '本月止累计',
  '累计',
  '1至本月累计',
  '本年累计',
  '自年初累计',
  '1-本月',
  '年初至本月',
  '本年止累计',
  '本年1-本月',
  'ytd',
  'yeartodate',
]);
const GENERIC_VALUES = new Set([
  '绝对值',
  '绝对量',
  '绝对数',
  '数值',
  '实际',
  '完成',
  '完成值',
  '值',
  '金额',
  '产量',
  'value',
  'amount',
]);

const YOY = /增长|增速|同比|增减|±|yoy|growth|%/;
const YTD_HINT = /累计|止|ytd|本年|\d{1,2}[-~至—–]\d{1,2}月|一季度|上半年|前三季度|全年/;
const MONTH_HINT = /本月|当月|同月|^(\d{4}年)?\d{1,2}月|month/;
const PRIOR = /上年同期|去年同期|上年同月|上年累计|上年/;
const LEADING_LABEL = /^((\d{4})年)?(\d{1,2}[-~至—–])?\d{1,2}月/;

/**
 * One header of a bureau table (`5月`, `1-5月`, `本月`, `本月止累计`, `同比增长(%)`,
 * `比上年同期增长(%)`, `1-5月同比增长%`). Generic headers (`绝对值`, `增长%` with no basis) are
 * settled by the header row above them or by the value column to their left.
 */
export function classifyBureauHeader(text: string): BureauColumn | null {
  const { label, unit, indexBase } = splitLabelUnit(text);
  const column = classifyLabel(unit === '%' ? `${label}%` : label);
  if (!column || column.field === 'indicator' || column.field === 'unit') return column;
  if (indexBase !== null) return { ...column, field: INDEX_AS_GROWTH[column.field] ?? column.field, indexBase };
  return unit !== null && unit !== '%' ? { ...column, unit } : column;
}

/** An index is growth: `本月(上年同月=100)` is the month's growth, never its value. */
const INDEX_AS_GROWTH: Partial<Record<BureauColumn['field'], BureauColumn['field']>> = {
  month_value: 'month_yoy',
  ytd_value: 'ytd_yoy',
  'generic-value': 'generic-yoy',
};

/** A figure (`9612.5`, `1,006.5`) is never a header: read as one, `9612.5` would be the period 9612-05. */
const FIGURE = /^[+\-−]?[\d.,\s]+%?$/;

function classifyLabel(text: string): BureauColumn | null {
  const key = compactText(text)
    .toLowerCase()
    .replace(/[()（）:：]/g, '');
  if (key === '' || FIGURE.test(key)) return null;
  if (INDICATOR_HEADERS.has(key)) return { field: 'indicator', parts: null };
  if (UNIT_HEADERS.has(key)) return { field: 'unit', parts: null };
  if (YOY.test(key)) {
    const label = LEADING_LABEL.exec(key);
    const parts = label ? partsOf(label[0]) : null;
    if (PRIOR.test(key) && !/增长|增速|同比|增减/.test(key)) return { field: 'prior', parts: null };
    if (parts) return { field: parts.ytd ? 'ytd_yoy' : 'month_yoy', parts };
    if (YTD_HINT.test(key)) return { field: 'ytd_yoy', parts: null };
    if (MONTH_HINT.test(key)) return { field: 'month_yoy', parts: null };
    return { field: 'generic-yoy', parts: null };
  }
  if (PRIOR.test(key)) return { field: 'prior', parts: null };
  if (GENERIC_VALUES.has(key)) return { field: 'generic-value', parts: null };
  const stripped = key.replace(/(绝对值|绝对量|绝对数|数值|实际|完成值|完成|金额|产量|值)$/, '');
  if (MONTH_WORDS.has(stripped)) return { field: 'month_value', parts: null };
  if (YTD_WORDS.has(stripped)) return { field: 'ytd_value', parts: null };
  const parts = partsOf(stripped);
  if (parts) return { field: parts.ytd ? 'ytd_value' : 'month_value', parts };
  return null;
}

function partsOf(label: string): LabelParts | null {
  const parts = parsePeriodParts(label);
  return parts.ok ? parts.value : null;
}

export function basisOfField(field: BureauField): Basis | null {
  if (field === 'month_value' || field === 'month_yoy') return 'month';
  if (field === 'ytd_value' || field === 'ytd_yoy') return 'ytd';
  return null;
}

/** A row whose name says it is growth (`规模以上工业增加值增速`, `…同比增长`, `…增减`): the base indicator's name. */
const GROWTH_NAME = /^(.+?)(比上年同期|比上年|同比)?(增长率|增长|增速|增减|增幅)$/u;

export function growthBase(name: string): string | null {
  const match = GROWTH_NAME.exec(name.replace(/[\s%％]+$/u, ''));
  return match && match[1]!.trim().length >= 2 ? match[1]!.trim() : null;
}
