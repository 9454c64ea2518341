import type { Indicator, Period, Zone } from '../../../../../shared/model';
import type { EntryChoice } from '../../model/entry-choice';
import { PeriodPicker } from './PeriodPicker';
import { LabeledSelect } from '../../../../components/LabeledSelect';
import { SegmentedChoice } from '../../../../components/SegmentedChoice';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../../i18n/use-language';
import { namedOptions } from '../../../../i18n/names';

interface EntryToolbarProps {
  choice: EntryChoice;
  zones: readonly Zone[];
  indicators: readonly Indicator[];
  latest: Period;
  onChange(patch: Partial<EntryChoice>): void;
  onStep(direction: -1 | 1): void;
}

/** What to enter: view, zone (or indicator), period and basis, and in the grid which figure. */
export function EntryToolbar({ choice, zones, indicators, latest, onChange, onStep }: EntryToolbarProps) {
  const { t } = useTranslation('entry');
  const language = useLanguage();
  const grid = choice.view === 'grid';
  const byZone = !grid || choice.gridMode === 'indicators';
  return (
    <div className="toolbar entry-toolbar" role="group" aria-label={t('toolbar.label')}>
      <SegmentedChoice
        legend={t('toolbar.view')}
        value={choice.view}
        options={[
          { value: 'form', label: t('views.form') },
          { value: 'grid', label: t('views.grid') },
        ]}
        onChange={(view) => onChange({ view })}
      />
      {grid && (
        <SegmentedChoice
          legend={t('toolbar.label')}
          value={choice.gridMode}
          options={[
            { value: 'indicators', label: t('gridModes.indicators') },
            { value: 'zones', label: t('gridModes.zones') },
          ]}
          onChange={(gridMode) => onChange({ gridMode })}
        />
      )}
      {byZone ? (
        <LabeledSelect
          label={t('toolbar.zone')}
          value={choice.zoneId}
          options={namedOptions(zones, language)}
          onChange={(zoneId) => onChange({ zoneId })}
          selectClassName="select select--compact entry-toolbar__wide"
        />
      ) : (
        <LabeledSelect
          label={t('toolbar.indicator')}
          value={choice.gridIndicatorId}
          options={namedOptions(indicators, language)}
          onChange={(gridIndicatorId) => onChange({ gridIndicatorId })}
          selectClassName="select select--compact entry-toolbar__wide"
        />
      )}
      <PeriodPicker
        period={choice.period}
        basis={choice.basis}
        latest={latest}
        yearOnly={grid}
        onChange={(period) => onChange({ period })}
        onStep={onStep}
      />
      <SegmentedChoice
        legend={t('toolbar.basis')}
        value={choice.basis}
        options={[
          { value: 'ytd', label: t('basis.ytd') },
          { value: 'month', label: t('basis.month') },
        ]}
        onChange={(basis) => onChange({ basis })}
      />
      {grid && (
        <SegmentedChoice
          legend={t('toolbar.field')}
          value={choice.gridField}
          options={[
            { value: 'value', label: t('fields.value') },
            { value: 'yoyPct', label: t('fields.yoyPct') },
          ]}
          onChange={(gridField) => onChange({ gridField })}
        />
      )}
    </div>
  );
}
