import type { MetricHeader } from '../../metrics/row';
import type { Language } from './language';

/** One line per `Metrics` column for the About sheet (docs/metrics.md §2, in a reader's words). */
export const METRIC_DEFINITIONS: Record<Language, Record<MetricHeader, string>> = {
  en: {
    zone_id: 'Id of the zone.',
    zone: 'Name of the zone.',
    indicator_id: 'Id of the indicator.',
    indicator: 'Name of the indicator.',
    period: 'Month as YYYY-MM; a year-to-date figure is keyed by its last month.',
    basis: '"month" (the month alone) or "ytd" (January to the period).',
    value: "The figure as entered, in the indicator's unit.",
    unit: "The indicator's unit.",
    yoy_pct:
      'Year-on-year growth in %: the published rate if entered, else (value / value a year earlier − 1) × 100 when both exist and the earlier value is above 0. For a rate indicator: the change in percentage points, value − value a year earlier (shown as pp).',
    yoy_source: '"reported" (published rate), "computed" (from two values) or empty.',
    prior_value:
      'Value a year earlier: as entered, else implied as value / (1 + yoy_pct / 100) (for a rate, value − yoy_pct).',
    yoy_change_pp:
      'Change of yoy_pct from the previous period with a growth figure on the same basis (within 12 months), in percentage points; above 0 means accelerating.',
    mom_pct:
      'Month-on-month growth in % of monthly values (flows and stocks; monthly values derived from year-to-date ones where needed); not seasonally adjusted.',
    share_of_parent_pct: 'Value as a % of the parent indicator’s value (same zone, period and basis).',
    contribution_pp:
      'Contribution to the parent’s growth (拉动), in percentage points: yoy_pct × prior_value / parent’s prior_value, the growth (published, at comparable prices, where entered) times the prior-year share; empty when the parent’s prior value is not above 0.',
    contribution_rate_pct:
      'Share of the parent’s growth this component accounts for, in %: contribution_pp / parent’s yoy_pct × 100; empty when the parent’s growth is missing or shows as 0.0.',
    benchmark_zone_id: 'Id of the zone this zone is compared with (a city or province average).',
    benchmark_yoy_pct: 'The benchmark’s yoy_pct for the same indicator, period and basis.',
    gap_pp: 'yoy_pct − benchmark_yoy_pct, in percentage points.',
    streak_months:
      'Consecutive calendar months up to this period with yoy_pct at or above the streak threshold; a January without a growth figure takes the January–February (year-to-date) growth on both bases.',
    rank: 'Rank of yoy_pct among all zones with a figure for the same indicator, period and basis; compared at one decimal, 1 = highest, ties share the better rank.',
  },
  zh: {
    zone_id: '开发区编码。',
    zone: '开发区名称。',
    indicator_id: '指标编码。',
    indicator: '指标名称。',
    period: '月份，格式 YYYY-MM；累计数据以截止月份为准。',
    basis: '“month”（当月）或“ytd”（1月至该月累计）。',
    value: '录入的数值，单位为指标单位。',
    unit: '指标单位。',
    yoy_pct:
      '同比增长(%)：有公布增速时取公布值，否则在本期与上年同期数值均存在且上年同期大于0时按（本期/上年同期−1）×100 计算；比率类指标为本期与上年同期之差（个百分点）。',
    yoy_source: '“reported”（公布）、“computed”（计算）或空。',
    prior_value: '上年同期数值：有录入取录入值，否则按 数值/(1+同比/100) 推算（比率类指标为 数值−同比变化）。',
    yoy_change_pp: '同比增速较同一口径上一个有增速的时期（12个月内）的变化，单位个百分点；大于0为加快。',
    mom_pct: '环比增长(%)，按当月数值计算（流量与存量指标；必要时由累计数推算当月数），未经季节调整。',
    share_of_parent_pct: '占上级指标的比重(%)（同一开发区、时期、口径）。',
    contribution_pp:
      '拉动上级指标增长的百分点：同比增速（有公布值取公布值，按可比价）×上年同期数值/上级指标上年同期数值；上级指标上年同期不大于0时为空。',
    contribution_rate_pct: '贡献率(%)：拉动百分点/上级指标同比增速×100；上级增速缺失或显示为0.0时为空。',
    benchmark_zone_id: '对标区域（所在市或省平均）的编码。',
    benchmark_yoy_pct: '对标区域同一指标、时期、口径的同比增速(%)。',
    gap_pp: '同比增速与对标区域之差，单位个百分点。',
    streak_months: '截至本期同比增速连续不低于门槛值的自然月数；1月无增速时（两种口径）取1-2月累计增速。',
    rank: '同一指标、时期、口径下各开发区同比增速的排名；按一位小数比较，1为最高，并列取较前名次。',
  },
};
