import type { ImportProblem } from '../../../../shared/api';
import { problemText } from '../model/problem-text';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';

/** One problem in the UI's language with its place (the English message only where a problem has no code). */
export function ProblemItem({ problem }: { problem: ImportProblem }) {
  const { t } = useTranslation('import');
  const language = useLanguage();
  const { text, translated } = problemText(problem, t);
  return (
    <li className={`import-problem import-problem--${problem.severity}`}>
      <span className="import-problem__severity">
        {t(problem.severity === 'error' ? 'problems.error' : 'problems.warning')}
      </span>
      <div className="import-problem__body">
        <p className="import-problem__message" lang={translated ? language : 'en'}>
          {text}
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
          {problem.expected !== undefined && (!translated || language === 'en') && (
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
