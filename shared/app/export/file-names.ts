import type { ExportScope } from './export-scope';

/** `zone-stats-2025-05.xlsx` for one period, `zone-stats-all-to-2025-05.xlsx` for every period. */
export function exportFileName(scope: ExportScope, kind: 'workbook' | 'metrics-csv'): string {
  const latest = scope.comparison.period;
  const span = scope.period ?? (latest ? `all-to-${latest}` : 'empty');
  const basis = scope.basis ? `-${scope.basis}` : '';
  return kind === 'workbook' ? `zone-stats-${span}${basis}.xlsx` : `zone-stats-metrics-${span}${basis}.csv`;
}
