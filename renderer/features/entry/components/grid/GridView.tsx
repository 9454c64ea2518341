import { useMemo } from 'react';
import type { Indicator, ObservationKey, Period, Zone } from '../../../../../shared/model';
import type { EntryChoice } from '../../model/entry-choice';
import { displayName } from '../../../../../shared/model';
import type { EntrySession } from '../../model/session/entry-session';
import { EntryGrid } from './EntryGrid';
import { buildGridModel } from '../../model/grid/grid-model';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../../i18n/use-language';

interface GridViewProps {
  session: EntrySession;
  choice: EntryChoice;
  zones: readonly Zone[];
  indicators: readonly Indicator[];
  latest: Period;
  onOpenHistory(key: ObservationKey, title: string): void;
}

/** The grid for the toolbar's choice: one zone's indicators, or every zone for one indicator. */
export function GridView({ session, choice, zones, indicators, latest, onOpenHistory }: GridViewProps) {
  const { t } = useTranslation('entry');
  const language = useLanguage();
  const year = Number(choice.period.slice(0, 4));
  const model = useMemo(
    () =>
      buildGridModel(
        {
          mode: choice.gridMode,
          zoneId: choice.zoneId,
          indicatorId: choice.gridIndicatorId,
          year,
          basis: choice.basis,
          field: choice.gridField,
        },
        zones,
        indicators,
      ),
    [choice.gridMode, choice.zoneId, choice.gridIndicatorId, year, choice.basis, choice.gridField, zones, indicators],
  );
  const subject =
    choice.gridMode === 'indicators'
      ? zones.find((zone) => zone.id === choice.zoneId)
      : indicators.find((indicator) => indicator.id === choice.gridIndicatorId);
  const label = t('grid.label', { rows: subject ? displayName(subject, language) : '', year });
  return (
    <EntryGrid
      key={`${choice.gridMode}|${choice.zoneId}|${choice.gridIndicatorId}|${year}|${choice.basis}|${choice.gridField}`}
      session={session}
      model={model}
      indicators={indicators}
      latest={latest}
      label={label}
      rowLabel={(spec) =>
        choice.gridMode === 'indicators' ? displayName(spec.indicator, language) : displayName(spec.zone, language)
      }
      onOpenHistory={onOpenHistory}
    />
  );
}
