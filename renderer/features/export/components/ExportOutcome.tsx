import type { AppError, ExportedFile } from '../../../../shared/api';
import { periodTextLabel } from '../../../i18n/format';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';

export type Outcome =
  | { kind: 'saved'; path: string; file: ExportedFile }
  | { kind: 'cancelled' }
  | { kind: 'stopped' }
  | { kind: 'failed'; error: AppError }
  | { kind: 'revealFailed'; path: string; file: ExportedFile; message: string };

/** What became of the last export: where it went (and a way to see it there), or why not. */
export function ExportOutcome({ outcome, onReveal }: { outcome: Outcome; onReveal(path: string): void }) {
  const { t } = useTranslation('export');
  const language = useLanguage();
  if (outcome.kind === 'cancelled' || outcome.kind === 'stopped') {
    return (
      <div className="notice" role="status">
        <p className="notice__text">{t(outcome.kind === 'cancelled' ? 'result.cancelled' : 'result.stopped')}</p>
      </div>
    );
  }
  if (outcome.kind === 'failed') {
    return (
      <div className="notice notice--error" role="alert">
        <p className="notice__text">{t('result.failed', { message: outcome.error.message })}</p>
        {outcome.error.problems?.map((problem) => (
          <p key={`${problem.place}-${problem.message}`} className="notice__detail">
            {problem.message}
          </p>
        ))}
      </div>
    );
  }
  const { file, path } = outcome;
  return (
    <div className="notice notice--success export-outcome" role="status">
      <div>
        <p className="notice__text">{t('result.saved', { path })}</p>
        <p className="notice__detail">
          {file.comparisonPeriod
            ? t('result.details', {
                metricRows: file.metricRows.toLocaleString(),
                observationRows: file.observationRows.toLocaleString(),
                period: periodTextLabel(file.comparisonPeriod, 'month', language),
              })
            : t('result.detailsEmpty')}
        </p>
        {outcome.kind === 'revealFailed' && (
          <p className="notice__detail">{t('result.revealFailed', { message: outcome.message })}</p>
        )}
      </div>
      <button type="button" className="button" onClick={() => onReveal(path)}>
        {t('actions.reveal')}
      </button>
    </div>
  );
}
