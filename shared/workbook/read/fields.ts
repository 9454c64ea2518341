/** The columns of each table an import reads (docs/workbook.md §1), by their English header. */
export const OBSERVATION_FIELDS = [
  'zone',
  'indicator',
  'period',
  'basis',
  'value',
  'yoy_pct',
  'unit',
  'source',
  'note',
] as const;
export const ZONE_FIELDS = ['zone_id', 'name', 'name_zh', 'region', 'benchmark_zone_id', 'aliases'] as const;
export const INDICATOR_FIELDS = [
  'indicator_id',
  'name',
  'name_zh',
  'unit',
  'kind',
  'parent_indicator_id',
  // Beyond docs/workbook.md §1: what data entry checks, so that an export imports back whole.
  'required',
  'plausible_yoy_min',
  'plausible_yoy_max',
  'aliases',
] as const;
/** A bureau table: rows are indicators, columns the month and year-to-date figures. */
export const BUREAU_FIELDS = ['indicator', 'unit', 'month_value', 'month_yoy', 'ytd_value', 'ytd_yoy'] as const;

export type ObservationField = (typeof OBSERVATION_FIELDS)[number];
export type ZoneField = (typeof ZONE_FIELDS)[number];
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];
export type BureauField = (typeof BUREAU_FIELDS)[number];
export type ImportField = ObservationField | ZoneField | IndicatorField | BureauField;

/** A table's fields, the headers that name each, and which fields its header row must hold. */
export interface TableSpec<F extends string> {
  table: 'observations' | 'zones' | 'indicators';
  fields: readonly F[];
  aliases: Readonly<Record<F, readonly string[]>>;
  /** Each entry is satisfied by any one of its fields. */
  required: readonly (readonly F[])[];
}

/** Headers shared by more than one table. */
const UNIT_ALIASES = ['unit', '单位', '计量单位'];
/** Other names of the entry, `;`-separated. */
const ALIASES_HEADERS = ['aliases', 'alias', '别名'];
const NAME_ALIASES = {
  name: ['name', 'english name', '名称', '英文名称'],
  name_zh: ['name_zh', 'chinese name', '中文名称'],
};

export const OBSERVATIONS_SPEC: TableSpec<ObservationField> = {
  table: 'observations',
  fields: OBSERVATION_FIELDS,
  aliases: {
    zone: ['zone', 'zone_id', 'zone id', '开发区', '园区', '开发区编码', '开发区名称', '园区名称'],
    indicator: ['indicator', 'indicator_id', 'indicator id', '指标', '指标名称', '指标编码'],
    period: ['period', '时期', '期别', '时间', '期间', '月份', '日期', 'date'],
    basis: ['basis', '口径'],
    value: ['value', '数值', '值', '绝对值'],
    yoy_pct: [
      'yoy_pct',
      'yoy',
      'yoy %',
      'yoy pct',
      '同比增长(%)',
      '同比增长',
      '同比',
      '同比增速',
      '增速',
      '增长(%)',
      '比上年同期增长(%)',
    ],
    unit: UNIT_ALIASES,
    source: ['source', '来源', '数据来源'],
    note: ['note', 'notes', '备注', '说明'],
  },
  required: [['zone'], ['indicator'], ['period'], ['value', 'yoy_pct']],
};

export const ZONES_SPEC: TableSpec<ZoneField> = {
  table: 'zones',
  fields: ZONE_FIELDS,
  aliases: {
    zone_id: ['zone_id', 'zone id', 'id', '编码', '开发区编码'],
    ...NAME_ALIASES,
    region: ['region', '地区'],
    benchmark_zone_id: ['benchmark_zone_id', 'benchmark', '对标区域'],
    aliases: ALIASES_HEADERS,
  },
  required: [['zone_id'], ['name', 'name_zh']],
};

export const INDICATORS_SPEC: TableSpec<IndicatorField> = {
  table: 'indicators',
  fields: INDICATOR_FIELDS,
  aliases: {
    indicator_id: ['indicator_id', 'indicator id', 'id', '编码', '指标编码'],
    ...NAME_ALIASES,
    unit: UNIT_ALIASES,
    kind: ['kind', 'type', '类型'],
    parent_indicator_id: ['parent_indicator_id', 'parent', 'parent_id', '上级指标'],
    required: ['required', '必填'],
    plausible_yoy_min: ['plausible_yoy_min', '合理增速下限'],
    plausible_yoy_max: ['plausible_yoy_max', '合理增速上限'],
    aliases: ALIASES_HEADERS,
  },
  required: [['indicator_id'], ['name', 'name_zh']],
};

/** The comparable form of a header: `Zone ID`, `zone_id` and `ZONE-ID` match; `同比增长（%）` = `同比增长`. */
export function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-()%:.·*]/g, '');
}

const aliasIndexes = new WeakMap<object, Map<string, string>>();
/** The field a header names in a table, or null. */
export function fieldOfHeader<F extends string>(spec: TableSpec<F>, header: string): F | null {
  let index = aliasIndexes.get(spec);
  if (!index) {
    index = new Map();
    for (const field of spec.fields) for (const alias of spec.aliases[field]) index.set(headerKey(alias), field);
    aliasIndexes.set(spec, index);
  }
  return (index.get(headerKey(header)) as F | undefined) ?? null;
}

export function isField<F extends string>(spec: TableSpec<F>, name: string): name is F {
  return (spec.fields as readonly string[]).includes(name);
}
