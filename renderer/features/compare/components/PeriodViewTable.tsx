import { Fragment } from 'react';
import { addMonths, type Basis, type Period } from '../../../../shared/model';
import { entered, periodLabel } from '../model/format';
import { LabeledSelect } from '../../../components/LabeledSelect';
import { accelerationWord, CAGR_SPANS, type PeriodViewRow } from '../model/period-view';
import { GrowthValue } from './GrowthValue';
import { IndicatorTable, NumberHeader } from './IndicatorTable';
import { YearEarlierValue } from './YearEarlierValue';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';

interface PeriodViewTableProps {
  rows: readonly PeriodViewRow[];
  period: Period;
  basis: Basis;
  /** The span of the compound annual growth column, in years. */
  cagrYears: number;
  onCagrYears(years: number): void;
}

/**
 * One zone: each indicator this period, the previous period, a year earlier, whether growth sped
 * up, its two-year average and its compound annual growth over a chosen span (docs/metrics.md §2.13).
 */
export function PeriodViewTable({ rows, period, basis, cagrYears, onCagrYears }: PeriodViewTableProps) {
  const { t } = useTranslation('compare');
  const language = useLanguage();
  const previousPeriods = new Set(rows.map((row) => row.previous?.period).filter(Boolean));
  const previousPeriod = previousPeriods.size === 1 ? [...previousPeriods][0]! : null;
  return (
    <section className="panel" aria-labelledby="period-view-title">
      <h2 className="panel__title" id="period-view-title">
        {t('zone.periodTitle')}
      </h2>
      <LabeledSelect
        className="toolbar__group compare-view-choice"
        label={t('zone.cagrSpan')}
        value={String(cagrYears)}
        options={CAGR_SPANS.map((years) => ({ value: String(years), label: t('zone.years', { count: years }) }))}
        onChange={(value) => onCagrYears(Number(value))}
      />
      <IndicatorTable
        labelledBy="period-view-title"
        rows={rows}
        empty={t('zone.empty', { period: periodLabel(period, basis, language) })}
        markComponents
        head={
          <>
            <tr>
              <th scope="col" rowSpan={2}>
                {t('zone.indicator')}
              </th>
              <NumberHeader colSpan={2}>{t('zone.thisPeriod')}</NumberHeader>
              <NumberHeader colSpan={2}>
                {previousPeriod
                  ? t('zone.previous', { period: periodLabel(previousPeriod, basis, language) })
                  : t('zone.previousNone')}
              </NumberHeader>
              <NumberHeader colSpan={2}>
                {t('zone.lastYear', { period: periodLabel(addMonths(period, -12), basis, language) })}
              </NumberHeader>
              <NumberHeader rowSpan={2}>{t('zone.acceleration')}</NumberHeader>
              <NumberHeader rowSpan={2}>{t('zone.twoYear')}</NumberHeader>
              <NumberHeader rowSpan={2}>{t('zone.cagr', { years: cagrYears })}</NumberHeader>
            </tr>
            <tr>
              {[0, 1, 2].map((group) => (
                <Fragment key={group}>
                  <NumberHeader>{t('zone.value')}</NumberHeader>
                  <NumberHeader>{t('zone.yoy')}</NumberHeader>
                </Fragment>
              ))}
            </tr>
          </>
        }
        cells={({ indicator, current, previous, lastYear: yearBefore, twoYearPct, cagrPct }) => {
          const word = accelerationWord(current.yoyChangePp);
          return (
            <>
              <td className="table__number">{entered(current.value)}</td>
              <td className="table__number">
                <GrowthValue value={current.yoyPct} kind={indicator.kind} />
              </td>
              <td className="table__number">{entered(previous?.value)}</td>
              <td className="table__number">
                <GrowthValue value={previous?.yoyPct} kind={indicator.kind} />
              </td>
              <td className="table__number table__nowrap">
                <YearEarlierValue
                  stored={yearBefore?.value ?? null}
                  implied={current.priorValue}
                  impliedWord={t('zone.implied')}
                />
              </td>
              <td className="table__number">
                <GrowthValue value={yearBefore?.yoyPct} kind={indicator.kind} />
              </td>
              <td className="table__number table__nowrap">
                <GrowthValue value={current.yoyChangePp} signed />
                {word && <span className="compare-muted"> {t(`zone.${word}`)}</span>}
              </td>
              <td className="table__number">
                <GrowthValue value={twoYearPct} kind={indicator.kind} />
              </td>
              <td className="table__number">
                <GrowthValue value={cagrPct} kind={indicator.kind} />
              </td>
            </>
          );
        }}
      />
    </section>
  );
}
