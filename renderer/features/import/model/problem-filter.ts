import type { ImportProblem } from '../../../../shared/api';
import { matchesText } from './text-filter';

export type SeverityFilter = 'all' | 'error' | 'warning';

/** The problems of a severity whose message, place, found or expected text contains `text`. */
export function filterProblems(
  problems: readonly ImportProblem[],
  severity: SeverityFilter,
  text: string,
): ImportProblem[] {
  return problems.filter(
    (problem) =>
      (severity === 'all' || problem.severity === severity) &&
      matchesText([problem.message, problem.place, problem.found, problem.expected], text),
  );
}
