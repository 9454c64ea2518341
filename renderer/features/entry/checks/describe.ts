import type { EntryText } from '../i18n/use-entry-text';
import { formatOneDecimal, formatValue } from '../model/format';
import type { HardProblem } from './hard-checks';
import type { EntryWarning } from '../../../../shared/model';

export function describeProblem(t: EntryText, problem: HardProblem): string {
  return t(`checks.${problem.kind}`, { found: problem.found });
}

export function describeWarning(t: EntryText, language: string, warning: EntryWarning): string {
  const format = warning.kind === 'implausible-yoy' ? formatOneDecimal : formatValue;
  return t(`checks.${warning.kind}`, { found: format(warning.found, language), limit: format(warning.limit, language) });
}
