import { makePeriod, periodMonth, periodYear, type Basis, type Period } from '../../../../../shared/model';
import { monthLabel } from '../../../../i18n/format';
import { yearChoices } from '../../model/periods';
import { LabeledSelect } from '../../../../components/LabeledSelect';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../../i18n/use-language';

interface PeriodPickerProps {
  period: Period;
  basis: Basis;
  latest: Period;
  /** The grid picks a year only. */
  yearOnly: boolean;
  onChange(period: Period): void;
  onStep(direction: -1 | 1): void;
}

/** Year and month, with buttons (and Alt+←/→) for the previous and next period. */
export function PeriodPicker({ period, basis, latest, yearOnly, onChange, onStep }: PeriodPickerProps) {
  const { t } = useTranslation('entry');
  const language = useLanguage();
  const year = periodYear(period);
  const month = periodMonth(period);
  return (
    <div className="entry-toolbar__period">
      <button
        type="button"
        className="button button--small"
        onClick={() => onStep(-1)}
        aria-label={yearOnly ? t('period.previousYear') : t('period.previous')}
        aria-keyshortcuts="Alt+ArrowLeft"
      >
        ‹
      </button>
      <LabeledSelect
        label={t('toolbar.year')}
        value={String(year)}
        options={yearChoices(latest, period).map((choice) => ({ value: String(choice), label: String(choice) }))}
        onChange={(value) => onChange(makePeriod(Number(value), month))}
        selectClassName="select select--compact"
      />
      {!yearOnly && (
        <LabeledSelect
          label={t('toolbar.month')}
          value={String(month)}
          options={Array.from({ length: 12 }, (_, index) => ({
            value: String(index + 1),
            label: monthLabel(makePeriod(year, index + 1), basis, language),
          }))}
          onChange={(value) => onChange(makePeriod(year, Number(value)))}
          selectClassName="select select--compact"
        />
      )}
      <button
        type="button"
        className="button button--small"
        onClick={() => onStep(1)}
        aria-label={yearOnly ? t('period.nextYear') : t('period.next')}
        aria-keyshortcuts="Alt+ArrowRight"
      >
        ›
      </button>
      <span className="entry-toolbar__keys">{yearOnly ? t('period.keysYear') : t('period.keys')}</span>
    </div>
  );
}
