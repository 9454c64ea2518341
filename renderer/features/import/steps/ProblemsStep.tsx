import { useState } from 'react';
import type { ImportOptions, ImportPreview } from '../../../../shared/api';
import { useImportText } from '../i18n/use-import-text';
import { filterProblems, type SeverityFilter } from '../model/problem-filter';
import { ImportConfirmations } from '../parts/ImportConfirmations';
import { ProblemItem } from '../parts/ProblemItem';

/** Every problem the check found, at once, each with its place; filtered by severity and text. */
export function ProblemsStep({ preview, options, onChange }: { preview: ImportPreview; options: ImportOptions; onChange(patch: ImportOptions): void }) {
  const { t } = useImportText();
  const [severity, setSeverity] = useState<SeverityFilter>('all');
  const [text, setText] = useState('');
  const total = preview.errors + preview.warnings;
  const confirmations = <ImportConfirmations preview={preview} options={options} onChange={onChange} />;
  if (total === 0) {
    return (
      <div className="stack">
        {confirmations}
        <p className="import-note import-note--success">{t('problems.none')}</p>
      </div>
    );
  }
  const shown = filterProblems(preview.problems, severity, text);
  return (
    <div className="stack">
      {confirmations}
      <p>{t('problems.summary', { errors: preview.errors, warnings: preview.warnings, rows: preview.rows })}</p>
      {total > preview.problems.length && <p className="muted">{t('problems.truncated', { shown: preview.problems.length, total })}</p>}
      <div className="import-filters">
        <label className="field">
          <span className="field__label">{t('problems.severity')}</span>
          <select className="select select--compact" value={severity} onChange={(event) => setSeverity(event.target.value as SeverityFilter)}>
            <option value="all">{t('problems.all')}</option>
            <option value="error">{t('problems.errors')}</option>
            <option value="warning">{t('problems.warnings')}</option>
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('problems.filter')}</span>
          <input className="input" type="search" value={text} placeholder={t('problems.filterPlaceholder')} onChange={(event) => setText(event.target.value)} />
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
