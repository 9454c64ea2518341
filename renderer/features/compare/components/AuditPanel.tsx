import { useMemo } from 'react';
import { formatNumber, formatPercent } from '../../../../shared/metrics';
import type { Indicator, Period } from '../../../../shared/model';
import { auditRows, contributionSums, type AuditFigure } from '../model/audit';
import type { MetricIndex } from '../model/metric-index';
import { IndicatorTable, NumberHeader } from './IndicatorTable';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';
import { nameOf as indicatorName } from '../../../i18n/names';

interface AuditPanelProps {
  history: MetricIndex;
  zoneId: string;
  indicators: readonly Indicator[];
  period: Period;
}

function Figure({ figure, decimals }: { figure: AuditFigure | null; decimals: number }) {
  if (figure === null) return <td className="table__number">—</td>;
  return (
    <td className="table__number">
      {formatNumber(figure.value, decimals)}
      {figure.expression && <span className="audit-expression">{figure.expression}</span>}
    </td>
  );
}

/** Growth, gap, change, share, contribution and rate, streak: each with its arithmetic; contributions summed against the total. */
export function AuditPanel({ history, zoneId, indicators, period }: AuditPanelProps) {
  const { t } = useTranslation('compare');
  const language = useLanguage();
  const rows = useMemo(() => {
    const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
    return auditRows(history, zoneId, indicators, period).map((row) => ({
      ...row,
      indicator: byId.get(row.indicatorId)!,
    }));
  }, [history, zoneId, indicators, period]);
  const sums = useMemo(
    () => contributionSums(history, zoneId, indicators, period),
    [history, zoneId, indicators, period],
  );
  const nameOf = (id: string) => indicatorName(indicators, id, language);
  return (
    <section className="panel" aria-labelledby="audit-title">
      <h2 className="panel__title" id="audit-title">
        {t('audit.title')}
      </h2>
      <p className="compare-note">{t('audit.caption')}</p>
      <IndicatorTable
        rows={rows}
        empty={t('audit.empty')}
        labelledBy="audit-title"
        markComponents
        head={
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('toolbar.indicator')}</span>
            </th>
            <NumberHeader>{t('audit.growth')}</NumberHeader>
            <NumberHeader>{t('audit.gap')}</NumberHeader>
            <NumberHeader>{t('audit.change')}</NumberHeader>
            <NumberHeader>{t('audit.share')}</NumberHeader>
            <NumberHeader>{t('audit.contribution')}</NumberHeader>
            <NumberHeader>{t('audit.rate')}</NumberHeader>
            <NumberHeader>{t('audit.streak')}</NumberHeader>
          </tr>
        }
        cells={(row) => (
          <>
            <td className="table__number">{row.growth === null ? '—' : formatNumber(row.growth, 1)}</td>
            <Figure figure={row.gap} decimals={1} />
            <Figure figure={row.change} decimals={1} />
            <td className="table__number">{row.share === null ? '—' : formatNumber(row.share, 1)}</td>
            <Figure figure={row.contribution} decimals={2} />
            <Figure figure={row.rate} decimals={1} />
            <td className="table__number">{row.streak === null ? '—' : row.streak}</td>
          </>
        )}
      />
      {sums.length > 0 && (
        <ul className="compare-checks">
          {sums.map((sum) => {
            const terms = sum.terms
              .map((term) => `${nameOf(term.indicatorId)} ${formatNumber(term.contribution, 2)}`)
              .join(' + ');
            const values = { parent: nameOf(sum.parentId), terms, sum: formatNumber(sum.sum, 2) };
            return (
              <li key={sum.parentId}>
                {sum.parentGrowth === null
                  ? t('audit.sumNoGrowth', values)
                  : t('audit.sum', { ...values, growth: formatPercent(sum.parentGrowth) })}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
