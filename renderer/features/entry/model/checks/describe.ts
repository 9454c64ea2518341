import { formatOneDecimal, formatValue } from '../format';
import type { HardProblem } from './hard-checks';
import { unitWords } from '../../../../../shared/metrics';
import { periodTextLabel } from '../../../../i18n/format';
import type { EntryWarning } from '../../../../../shared/model';
import type { TFunction } from 'i18next';

export function describeProblem(t: TFunction<'entry'>, language: string, problem: HardProblem): string {
  const found = problem.kind === 'future-period' ? periodTextLabel(problem.found, 'month', language) : problem.found;
  const unit = problem.unit === undefined ? '' : unitWords(problem.unit)[language.startsWith('zh') ? 'zh' : 'en'];
  return t(`checks.${problem.kind}`, { found, unit });
}

export function describeWarning(t: TFunction<'entry'>, language: string, warning: EntryWarning): string {
  const format = warning.kind === 'implausible-yoy' ? formatOneDecimal : formatValue;
  return t(`checks.${warning.kind}`, {
    found: format(warning.found, language),
    limit: format(warning.limit, language),
  });
}
