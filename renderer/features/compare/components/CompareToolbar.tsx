import type { Basis, Indicator, Period, Zone } from '../../../../shared/model';
import { periodLabel } from '../model/format';
import { LabeledSelect } from '../../../components/LabeledSelect';
import { SegmentedChoice } from '../../../components/SegmentedChoice';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';
import { namedOptions } from '../../../i18n/names';

export interface CompareChoice {
  basis: Basis;
  period: Period | null;
  zoneId: string;
  indicatorId: string;
}

interface CompareToolbarProps {
  choice: CompareChoice;
  periods: readonly Period[];
  zones: readonly Zone[];
  indicators: readonly Indicator[];
  onChange(patch: Partial<CompareChoice>): void;
}

/** Period and basis for every view, and the zone and indicator the detailed views follow. */
export function CompareToolbar({ choice, periods, zones, indicators, onChange }: CompareToolbarProps) {
  const { t } = useTranslation('compare');
  const language = useLanguage();
  return (
    <div className="toolbar compare-toolbar" role="group" aria-label={t('toolbar.label')}>
      <LabeledSelect
        label={t('toolbar.period')}
        value={choice.period ?? ''}
        options={
          periods.length > 0
            ? periods.map((period) => ({ value: period, label: periodLabel(period, choice.basis, language) }))
            : [{ value: '', label: t('toolbar.noPeriods') }]
        }
        disabled={periods.length === 0}
        onChange={(period) => onChange({ period })}
      />
      <SegmentedChoice
        legend={t('toolbar.basis')}
        value={choice.basis}
        options={[
          { value: 'ytd', label: t('basis.ytd') },
          { value: 'month', label: t('basis.month') },
        ]}
        onChange={(basis) => onChange({ basis, period: null })}
      />
      <LabeledSelect
        label={t('toolbar.zone')}
        value={choice.zoneId}
        options={namedOptions(zones, language)}
        onChange={(zoneId) => onChange({ zoneId })}
        className="toolbar__group compare-toolbar__group--wide"
      />
      <LabeledSelect
        label={t('toolbar.indicator')}
        value={choice.indicatorId}
        options={namedOptions(indicators, language)}
        onChange={(indicatorId) => onChange({ indicatorId })}
        className="toolbar__group compare-toolbar__group--wide"
      />
    </div>
  );
}
