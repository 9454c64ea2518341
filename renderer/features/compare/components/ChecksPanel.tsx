import { warningFigures, type MetricWarning } from '../../../../shared/metrics';
import type { Indicator, Period } from '../../../../shared/model';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';
import { nameOf as indicatorName } from '../../../i18n/names';

interface ChecksPanelProps {
  /** The zone's warnings on the basis shown; those of `period` are listed. */
  warnings: readonly MetricWarning[];
  indicators: readonly Indicator[];
  period: Period;
}

/** The consistency checks of one zone at the period, each with its arithmetic (the terms and their sum). */
export function ChecksPanel({ warnings, indicators, period }: ChecksPanelProps) {
  const { t } = useTranslation('compare');
  const language = useLanguage();
  const shown = warnings.filter((warning) => warning.period === period);
  if (shown.length === 0) return null;
  const nameOf = (id: string) => indicatorName(indicators, id, language);
  return (
    <section className="panel" aria-labelledby="checks-title">
      <h2 className="panel__title" id="checks-title">
        {t('checks.title')}
      </h2>
      <p className="compare-note">{t('checks.caption')}</p>
      <ul className="compare-checks">
        {shown.map((warning) => (
          <li key={`${warning.kind}|${warning.indicatorId}|${warning.basis}`}>
            {t(`checks.${warning.kind}`, {
              indicator: nameOf(warning.indicatorId),
              ...warningFigures(warning, indicators, language),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
