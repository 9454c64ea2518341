import type { MetricWarningKind } from '../../metrics/warning';
import type { WarningFigures } from '../../metrics/warning-figures';
import type { Language } from './language';

/** A warning's figures with the indicator it is about, named. */
export type CheckWording = (figures: WarningFigures & { indicator: string }) => string;

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
  comparisonTitle: (period: string, basis: string) => string;
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
  observationsOption: string;
  observationsKept: Record<'used' | 'all', string>;
  language: string;
  languageName: string;
  metricColumns: string;
  noData: string;
  checks: string;
  checkText: Record<MetricWarningKind, CheckWording>;
  differingRates: (count: number) => string;
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
    comparisonTitle: (period, basis) => `Zones compared: ${period}, ${basis}`,
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
    observationsOption: 'Observations sheet',
    observationsKept: {
      used: 'the observations this period’s metrics are computed from (the period, the 24 months before it and the longest streak)',
      all: 'every observation of the exported zones',
    },
    language: 'Language',
    languageName: 'English',
    metricColumns: 'Metrics columns',
    noData: 'no data',
    checks: 'Checks (figures that do not add up; shown, not corrected)',
    differingRates: (count) =>
      `${count} published growth figure(s) differ by more than 0.1 pp from those computed from the levels (expected at comparable prices; listed in the app)`,
    checkText: {
      'component-shares-exceed-parent': ({ indicator, sum }) =>
        `${indicator}: prior-year shares of the components ${sum}%, over 100% (they may overlap)`,
      'contributions-exceed-parent-growth': ({ indicator, sum, expected }) =>
        `${indicator}: contributions of the components ${sum} pp, more than its growth of ${expected}`,
      'published-differs-from-computed': ({ indicator, found, expected }) =>
        `${indicator}: published YoY ${found} differs from ${expected} computed from the levels`,
      'parent-prior-not-positive': ({ indicator, found, components }) =>
        `${indicator}: prior-year level ${found} is not positive, so ${components} get no contribution`,
    },
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
    comparisonTitle: (period, basis) => `开发区对比：${period}（${basis}）`,
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
    observationsOption: 'Observations 表',
    observationsKept: {
      used: '计算本期指标所用的数据（本期、此前 24 个月及最长连续增长期）',
      all: '所导出开发区的全部数据',
    },
    language: '语言',
    languageName: '简体中文',
    metricColumns: 'Metrics 表各列',
    noData: '无数据',
    checks: '核对（不相符的数字，仅提示，未作修改）',
    differingRates: (count) =>
      `${count} 个公布增速与按数值计算的增速相差超过 0.1 个百分点（可比价增速属正常，详见应用内提示）`,
    checkText: {
      'component-shares-exceed-parent': ({ indicator, sum }) =>
        `${indicator}：各分项上年占比 ${sum}%，超过 100%（分项可能有重叠）`,
      'contributions-exceed-parent-growth': ({ indicator, sum, expected }) =>
        `${indicator}：各分项拉动 ${sum} 个百分点，超过其增速 ${expected}`,
      'published-differs-from-computed': ({ indicator, found, expected }) =>
        `${indicator}：公布的同比 ${found} 与按数值计算的 ${expected} 不一致`,
      'parent-prior-not-positive': ({ indicator, found, components }) =>
        `${indicator}：上年同期数值 ${found} 不为正，${components} 无法计算拉动`,
    },
  },
};
