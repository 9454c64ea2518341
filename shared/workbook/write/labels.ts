import type { Language } from './language';

/** Headers and words of the sheets a person reads (Highlights, Comparison, About), per language. */
export interface WorkbookLabels {
  zoneId: string;
  zone: string;
  period: string;
  basis: string;
  highlight: string;
  indicatorId: string;
  indicator: string;
  unit: string;
  value: string;
  yoyPct: string;
  gapPp: string;
  benchmarkMark: string;
  item: string;
  detail: string;
  application: string;
  version: string;
  exportedAt: string;
  periodOption: string;
  allPeriods: (latest: string) => string;
  basisOption: string;
  bothBases: string;
  comparisonBasis: string;
  zonesOption: string;
  allZones: string;
  threshold: string;
  language: string;
  languageName: string;
  metricColumns: string;
  noData: string;
}

export const LABELS: Record<Language, WorkbookLabels> = {
  en: {
    zoneId: 'zone_id',
    zone: 'Zone',
    period: 'Period',
    basis: 'Basis',
    highlight: 'Highlight',
    indicatorId: 'indicator_id',
    indicator: 'Indicator',
    unit: 'Unit',
    value: 'value',
    yoyPct: 'YoY %',
    gapPp: 'gap to benchmark (pp)',
    benchmarkMark: '(benchmark)',
    item: 'Item',
    detail: 'Detail',
    application: 'Application',
    version: 'Version',
    exportedAt: 'Exported at',
    periodOption: 'Period',
    allPeriods: (latest) => `all periods (Comparison and Highlights: ${latest})`,
    basisOption: 'Basis',
    bothBases: 'month and year to date',
    comparisonBasis: 'Comparison basis',
    zonesOption: 'Zones',
    allZones: 'all zones',
    threshold: 'Streak threshold (YoY %)',
    language: 'Language',
    languageName: 'English',
    metricColumns: 'Metrics columns',
    noData: 'no data',
  },
  zh: {
    zoneId: 'zone_id',
    zone: '开发区',
    period: '时期',
    basis: '口径',
    highlight: '要点',
    indicatorId: 'indicator_id',
    indicator: '指标',
    unit: '单位',
    value: '数值',
    yoyPct: '同比增长(%)',
    gapPp: '与对标差距(个百分点)',
    benchmarkMark: '(对标)',
    item: '项目',
    detail: '内容',
    application: '应用',
    version: '版本',
    exportedAt: '导出时间',
    periodOption: '时期',
    allPeriods: (latest) => `全部时期（对比与要点：${latest}）`,
    basisOption: '口径',
    bothBases: '当月与累计',
    comparisonBasis: '对比口径',
    zonesOption: '开发区',
    allZones: '全部开发区',
    threshold: '连续增长门槛(同比%)',
    language: '语言',
    languageName: '简体中文',
    metricColumns: 'Metrics 表各列',
    noData: '无数据',
  },
};
