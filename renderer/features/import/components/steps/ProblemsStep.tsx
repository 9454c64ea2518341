import { useState } from 'react';
import { UNKNOWN_ZONE_MESSAGE, type ImportOptions, type ImportPreview } from '../../../../../shared/api';
import { filterProblems, type SeverityFilter } from '../../model/problem-filter';
import { IndicatorChoices } from '../IndicatorChoices';
import { ProblemItem } from '../ProblemItem';
import { useTranslation } from 'react-i18next';

interface ProblemsStepProps {
  preview: ImportPreview;
  options: ImportOptions;
  onChange(patch: ImportOptions): void;
}

/** Every problem the check found, at once, each with its place; filtered by severity and text. */
export function ProblemsStep({ preview, options, onChange }: ProblemsStepProps) {
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
      <div className="import-filters">
        <label className="field">
          <span className="field__label">{t('problems.severity')}</span>
          <select
            className="select select--compact"
            value={severity}
            onChange={(event) => setSeverity(event.target.value as SeverityFilter)}
          >
            <option value="all">{t('problems.all')}</option>
            <option value="error">{t('problems.errors')}</option>
            <option value="warning">{t('problems.warnings')}</option>
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('problems.filter')}</span>
          <input
            className="input"
            type="search"
            value={text}
            placeholder={t('problems.filterPlaceholder')}
            onChange={(event) => setText(event.target.value)}
          />
        </label>
      </div>
      {shown.length === 0 ? (
        <p className="muted">{t('problems.nothingMatches')}</p>
      ) : (
        <ul className="import-problems" aria-label={t('problems.listLabel')}>
          {shown.map((problem, index) => (
            <ProblemItem key={`${problem.place ?? ''}-${index}`} problem={problem} />
          ))}
        </ul>
      )}
    </div>
  );
}
