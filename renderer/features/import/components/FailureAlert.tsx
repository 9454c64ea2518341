import type { AppError } from '../../../../shared/api';
import { ProblemItem } from './ProblemItem';
import { useTranslation } from 'react-i18next';

/** A refused read or commit, in place: the backend's message and its problems. */
export function FailureAlert({ title, error }: { title: string; error: AppError }) {
  const { t } = useTranslation('import');
  const problems = error.problems ?? [];
  return (
    <div className="form-alert import-failure" role="alert">
      <p>
        <strong>{title}</strong>
      </p>
      <p className="form-alert__detail" lang="en">
        {error.message}
      </p>
      {problems.length > 0 && (
        <ul className="import-problems" aria-label={t('problems.listLabel')}>
          {problems.map((problem, index) => (
            <ProblemItem key={index} problem={{ ...problem, severity: 'error' }} />
          ))}
        </ul>
      )}
    </div>
  );
}
