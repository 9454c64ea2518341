import { useState } from 'react';
import type { ConflictPolicy } from '../../../../shared/api';
import type { BriefState } from '../model/use-brief';
import { useTranslation } from 'react-i18next';

/** The changes against the data, the conflict decision, commit, the report and undo: as an import. */
export function BriefChanges({ brief }: { brief: BriefState }) {
  const { t } = useTranslation('brief');
  const [onConflict, setOnConflict] = useState<ConflictPolicy>('stop');
  const { preview, report } = brief;
  if (!preview || preview.statements.length === 0) return null;
  return (
    <section className="brief-panel" aria-labelledby="brief-changes-title">
      <h2 id="brief-changes-title" className="brief-panel__title">
        {t('changes.title')}
      </h2>
      <p>{t('changes.counts', { ...preview.diff })}</p>
      <p className="field__hint">{t('changes.source', { source: preview.source })}</p>
      {preview.problems.length > 0 && (
        <ul className="brief-problems" aria-label={t('changes.problems')}>
          {preview.problems.map((problem, index) => (
            <li key={index} className={`brief-problem brief-problem--${problem.severity}`}>
              {problem.place}: {problem.found ? `“${problem.found}” ` : ''}
              {problem.message}
            </li>
          ))}
        </ul>
      )}
      {preview.diff.conflicts > 0 && (
        <fieldset className="brief-conflicts">
          <legend>{t('changes.onConflict')}</legend>
          {(['stop', 'overwrite', 'keep'] as const).map((policy) => (
            <label key={policy} className="radio">
              <input
                type="radio"
                name="brief-on-conflict"
                value={policy}
                checked={onConflict === policy}
                onChange={() => setOnConflict(policy)}
              />{' '}
              {t(`changes.${policy}`)}
            </label>
          ))}
        </fieldset>
      )}
      {report === null ? (
        <button
          type="button"
          className="button button--primary"
          disabled={brief.busy}
          onClick={() => void brief.commit(onConflict)}
        >
          {brief.busy ? t('changes.committing') : t('changes.commit')}
        </button>
      ) : (
        <div role="status">
          <p>
            {report.importId
              ? t('changes.committed', {
                  added: report.added,
                  changed: report.changed,
                  overwritten: report.overwritten,
                })
              : t('changes.nothing')}
          </p>
          {report.importId && !brief.undone && (
            <button type="button" className="button" onClick={() => void brief.undo()}>
              {t('changes.undo')}
            </button>
          )}
          {brief.undone && <p>{t('changes.undone')}</p>}
        </div>
      )}
    </section>
  );
}
