import { METRIC_COLUMNS } from '../../../metrics/row';
import { warningFiguresWriter } from '../../../metrics/warning-figures';
import type { ComparisonWorkbookInput } from '../input';
import { LABELS } from '../labels';
import { localTimeText } from '../local-time';
import { basisLabel, nameIn } from '../language';
import { METRIC_DEFINITIONS } from '../metric-definitions';
import { textColumn, type Table, type TableCell } from '../table';

/**
 * One row per component check (sums of shares or contributions, a parent prior not above 0): where
 * (zone, period, basis), then the check with its arithmetic. Published rates that differ from the
 * levels are normal at comparable prices and can run to thousands: they are counted, not listed.
 */
function checkRows(input: ComparisonWorkbookInput): TableCell[][] {
  const { language } = input.options;
  const labels = LABELS[language];
  const { indicators, zones } = input.catalog;
  const zoneNames = new Map(zones.map((zone) => [zone.id, nameIn(language, zone)]));
  const indicatorById = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const figuresOf = warningFiguresWriter(indicators, language);
  const listed: TableCell[][] = [];
  // Checks of many zones and periods repeat the same words: each text held once, as the shared strings hold it.
  const texts = new Map<string, string>();
  const once = (text: string): string => {
    const known = texts.get(text);
    if (known !== undefined) return known;
    texts.set(text, text);
    return text;
  };
  let differing = input.publishedDiffering ?? 0;
  for (const warning of input.warnings) {
    if (warning.kind === 'published-differs-from-computed') {
      differing++;
      continue;
    }
    const indicator = indicatorById.get(warning.indicatorId);
    const place = `${zoneNames.get(warning.zoneId) ?? warning.zoneId} · ${warning.period} · ${basisLabel(language, warning.basis)}`;
    const figures = figuresOf(warning);
    listed.push([
      once(place),
      once(
        labels.checkText[warning.kind]({
          ...figures,
          indicator: indicator ? nameIn(language, indicator) : warning.indicatorId,
        }),
      ),
    ]);
  }
  if (differing === 0 && listed.length === 0) return [];
  const rows: TableCell[][] = [[], [labels.checks]];
  if (differing > 0) rows.push(['', labels.differingRates(differing)]);
  return rows.concat(listed);
}

/** The application, the time, the options used, one line defining each `Metrics` column, then the checks. */
export function aboutTable(input: ComparisonWorkbookInput): Table {
  const { options, comparison } = input;
  const { language } = options;
  const labels = LABELS[language];
  const comparisonPeriod = comparison.period ?? labels.noData;
  const rows: TableCell[][] = [
    [labels.application, input.application.name],
    [labels.version, input.application.version],
    [labels.exportedAt, localTimeText(input.exportedAt)],
    [labels.periodOption, options.period ?? labels.allPeriods(comparisonPeriod)],
    [labels.basisOption, options.basis ? basisLabel(language, options.basis) : labels.bothBases],
    [labels.comparisonBasis, basisLabel(language, comparison.basis)],
    [labels.zonesOption, options.zoneIds ? options.zoneIds.join(', ') : labels.allZones],
    [labels.threshold, String(options.threshold)],
    [labels.observationsOption, labels.observationsKept[options.observations]],
    [labels.language, labels.languageName],
    [],
    [labels.metricColumns],
    ...METRIC_COLUMNS.map(({ header }) => [header, METRIC_DEFINITIONS[language][header]]),
    ...checkRows(input),
  ];
  return {
    name: 'About',
    columns: [textColumn(labels.item), { header: labels.detail, kind: 'text', width: 90, wrap: true }],
    rows,
  };
}
