import type { ImportProblem } from '../../../../shared/api';

export type SeverityFilter = 'all' | 'error' | 'warning';

/** The problems of a severity whose message, place, found or expected text contains `text`. */
export function filterProblems(
  problems: readonly ImportProblem[],
  severity: SeverityFilter,
  text: string,
): ImportProblem[] {
  const needle = text.trim().toLowerCase();
  return problems.filter((problem) => {
    if (severity !== 'all' && problem.severity !== severity) return false;
    if (!needle) return true;
    return [problem.message, problem.place, problem.found, problem.expected].some((part) =>
      part?.toLowerCase().includes(needle),
    );
  });
}
