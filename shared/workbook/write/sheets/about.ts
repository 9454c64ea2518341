import { METRIC_COLUMNS } from '../../../metrics/row';
import type { ComparisonWorkbookInput } from '../input';
import { LABELS } from '../labels';
import { basisLabel } from '../language';
import { METRIC_DEFINITIONS } from '../metric-definitions';
import { textColumn, type Table, type TableCell } from '../table';

/** The application, the time, the options used, and one line defining each `Metrics` column. */
export function aboutTable(input: ComparisonWorkbookInput): Table {
  const { options, comparison } = input;
  const { language } = options;
  const labels = LABELS[language];
  const comparisonPeriod = comparison.period ?? labels.noData;
  const rows: TableCell[][] = [
    [labels.application, input.application.name],
    [labels.version, input.application.version],
    [labels.exportedAt, input.exportedAt.toISOString()],
    [labels.periodOption, options.period ?? labels.allPeriods(comparisonPeriod)],
    [labels.basisOption, options.basis ? basisLabel(language, options.basis) : labels.bothBases],
    [labels.comparisonBasis, basisLabel(language, comparison.basis)],
    [labels.zonesOption, options.zoneIds ? options.zoneIds.join(', ') : labels.allZones],
    [labels.threshold, String(options.threshold)],
    [labels.language, labels.languageName],
    [],
    [labels.metricColumns],
    ...METRIC_COLUMNS.map(({ header }) => [header, METRIC_DEFINITIONS[language][header]]),
  ];
  return { name: 'About', columns: [labels.item, labels.detail].map(textColumn), rows };
}
