import type { ImportProblem } from '../../../../shared/api';
import { useImportText } from '../i18n/use-import-text';

/** One problem: the backend's English message as it comes, with translated labels around it. */
export function ProblemItem({ problem }: { problem: ImportProblem }) {
  const { t } = useImportText();
  return (
    <li className={`import-problem import-problem--${problem.severity}`}>
      <span className="import-problem__severity">{t(problem.severity === 'error' ? 'problems.error' : 'problems.warning')}</span>
      <div className="import-problem__body">
        <p className="import-problem__message" lang="en">
          {problem.message}
        </p>
        <dl className="import-problem__facts">
          {problem.place && (
            <div>
              <dt>{t('problems.place')}</dt>
              <dd>
                <code>{problem.place}</code>
              </dd>
            </div>
          )}
          {problem.found !== undefined && (
            <div>
              <dt>{t('problems.found')}</dt>
              <dd>
                <code>{problem.found}</code>
              </dd>
            </div>
          )}
          {problem.expected !== undefined && (
            <div>
              <dt>{t('problems.expected')}</dt>
              <dd lang="en">{problem.expected}</dd>
            </div>
          )}
        </dl>
      </div>
    </li>
  );
}
