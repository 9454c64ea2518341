import { useCallback, useMemo, useState } from 'react';
import type { Basis, Indicator, Period } from '../../../../shared/model';
import { ChartPanel } from './charts/ChartPanel';
import { contributionsOption } from '../model/charts/contributions-option';
import type { ChartTheme } from '../model/charts/palette';
import { oneDecimal, shortPeriodLabel } from '../model/format';
import { componentRows, contributionSeries, parentIndicators } from '../model/contributions';
import type { MetricIndex } from '../model/metric-index';
import { displayName } from '../../../../shared/model';
import { GrowthValue } from './GrowthValue';
import { IndicatorTable, NumberHeader } from './IndicatorTable';
import { LabeledSelect } from '../../../components/LabeledSelect';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';
import { namedOptions } from '../../../i18n/names';

interface ContributionsPanelProps {
  history: MetricIndex;
  zoneId: string;
  indicators: readonly Indicator[];
  period: Period;
  basis: Basis;
  /** The parent shown first: the focus indicator when it has components. */
  preferredParentId: string;
}

/** Each component's growth, share, contribution (pp) and contribution rate, and the contributions over time. */
export function ContributionsPanel({
  history,
  zoneId,
  indicators,
  period,
  basis,
  preferredParentId,
}: ContributionsPanelProps) {
  const { t } = useTranslation('compare');
  const language = useLanguage();
  const parents = useMemo(
    () => parentIndicators(indicators).filter((parent) => history.series(zoneId, parent.id).length > 0),
    [indicators, history, zoneId],
  );
  const [picked, setPicked] = useState<string | null>(null);
  const parent =
    parents.find((item) => item.id === picked) ?? parents.find((item) => item.id === preferredParentId) ?? parents[0];
  const rows = parent ? componentRows(history, zoneId, indicators, parent.id, period) : [];
  const series = useMemo(
    () => (parent ? contributionSeries(history, zoneId, indicators, parent.id, period) : null),
    [history, zoneId, indicators, parent, period],
  );
  const parentName = parent ? displayName(parent, language) : '';
  const chartTitle = t('charts.contributionsTitle', { parent: parentName });

  const option = useCallback(
    (theme: ChartTheme) =>
      contributionsOption({
        title: chartTitle,
        theme,
        periods: series?.periods.map((p) => shortPeriodLabel(p, basis, language)) ?? [],
        components:
          series?.components.map((component) => ({
            name: displayName(component.indicator, language),
            points: component.points,
          })) ?? [],
        other: { name: t('contributions.other'), points: series?.other ?? [] },
        parentGrowth: {
          name: t('contributions.parentGrowth', { parent: parentName }),
          points: series?.parentGrowth ?? [],
        },
        valueFormatter: oneDecimal,
      }),
    [chartTitle, series, basis, language, t, parentName],
  );

  if (!parent) {
    return (
      <section className="panel">
        <p className="compare-note">{t('contributions.noParents')}</p>
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="contributions-title">
      <div className="panel__header">
        <h2 className="panel__title" id="contributions-title">
          {t('contributions.title', { parent: parentName })}
        </h2>
        {parents.length > 1 && (
          <LabeledSelect
            label={t('contributions.parent')}
            value={parent.id}
            options={namedOptions(parents, language)}
            onChange={setPicked}
          />
        )}
      </div>
      <IndicatorTable
        labelledBy="contributions-title"
        rows={rows}
        empty={t('contributions.empty')}
        head={
          <tr>
            <th scope="col">{t('contributions.component')}</th>
            <NumberHeader>{t('contributions.yoy')}</NumberHeader>
            <NumberHeader>{t('contributions.share')}</NumberHeader>
            <NumberHeader>{t('contributions.contribution')}</NumberHeader>
            <NumberHeader>{t('contributions.rate')}</NumberHeader>
          </tr>
        }
        cells={({ row }) => (
          <>
            <td className="table__number">
              <GrowthValue value={row.yoyPct} />
            </td>
            <td className="table__number">{oneDecimal(row.shareOfParentPct)}</td>
            <td className="table__number">
              <GrowthValue value={row.contributionPp} signed />
            </td>
            <td className="table__number">{oneDecimal(row.contributionRatePct)}</td>
          </>
        )}
      />
      {series && series.periods.length > 0 && (
        <ChartPanel
          title={chartTitle}
          option={option}
          fileName={`zone-stats-contributions-${zoneId}-${parent.id}-${period}.png`}
          categoryLabel={t('charts.period')}
        />
      )}
    </section>
  );
}
