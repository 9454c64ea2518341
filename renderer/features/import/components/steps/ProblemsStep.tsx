import { useState } from 'react';
import { UNKNOWN_ZONE_MESSAGE } from '../../../../../shared/api';
import { filterProblems, type SeverityFilter } from '../../model/problem-filter';
import { IndicatorChoices } from '../IndicatorChoices';
import { FilteredList } from '../FilteredList';
import { ProblemItem } from '../ProblemItem';
import { useTranslation } from 'react-i18next';
import type { OptionsStepProps } from './options-step-props';

const SEVERITIES: readonly SeverityFilter[] = ['all', 'error', 'warning'];
const SEVERITY_LABELS = { all: 'all', error: 'errors', warning: 'warnings' } as const;

/** Every problem the check found, at once, each with its place; filtered by severity and text. */
export function ProblemsStep({ preview, options, onChange }: OptionsStepProps) {
  const { t } = useTranslation('import');
  const [severity, setSeverity] = useState<SeverityFilter>('all');
  const [text, setText] = useState('');
  const total = preview.errors + preview.warnings;
  const choices = (
    <IndicatorChoices
      unknown={preview.unknownIndicators}
      choices={options.indicatorChoices ?? {}}
      onChange={(indicatorChoices) => onChange({ indicatorChoices })}
    />
  );
  if (total === 0) {
    return (
      <div className="stack">
        {choices}
        <p className="import-note import-note--success">{t('problems.none')}</p>
      </div>
    );
  }
  const shown = filterProblems(preview.problems, severity, text);
  const unknownZones = preview.problems.filter(
    (problem) => problem.code === 'zone-unknown' || problem.message === UNKNOWN_ZONE_MESSAGE,
  ).length;
  return (
    <div className="stack">
      {choices}
      {(preview.unmapped > 0 || options.skipUnmapped) && (
        <label className="import-choice">
          <input
            type="checkbox"
            checked={options.skipUnmapped ?? false}
            onChange={(event) => onChange({ skipUnmapped: event.target.checked || undefined })}
          />
          <span>{t('problems.skipUnmapped', { count: preview.unmapped })}</span>
        </label>
      )}
      {(unknownZones > 0 || options.createZones) && (
        <label className="import-choice">
          <input
            type="checkbox"
            checked={options.createZones ?? false}
            onChange={(event) => onChange({ createZones: event.target.checked || undefined })}
          />
          <span>{t('problems.createZones', { count: unknownZones })}</span>
        </label>
      )}
      <p>{t('problems.summary', { errors: preview.errors, warnings: preview.warnings, rows: preview.rows })}</p>
      {total > preview.problems.length && (
        <p className="muted">{t('problems.truncated', { shown: preview.problems.length, total })}</p>
      )}
      <FilteredList<SeverityFilter>
        choice={severity}
        choices={SEVERITIES.map((value) => ({ value, label: t(`problems.${SEVERITY_LABELS[value]}`) }))}
        onChoose={setSeverity}
        text={text}
        placeholder={t('problems.filterPlaceholder')}
        onText={setText}
        shownCount={shown.length}
        nothingText={t('problems.nothingMatches')}
      >
        <ul className="import-problems" aria-label={t('problems.listLabel')}>
          {shown.map((problem, index) => (
            <ProblemItem key={`${problem.place ?? ''}-${index}`} problem={problem} />
          ))}
        </ul>
      </FilteredList>
    </div>
  );
}
