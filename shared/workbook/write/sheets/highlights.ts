import { findZone } from '../../../model';
import type { ComparisonWorkbookInput } from '../input';
import { LABELS } from '../labels';
import { basisLabel, nameIn } from '../language';
import { textColumn, type Table } from '../table';

/** One bulletin sentence per row, zone by zone, in the chosen language. */
export function highlightsTable({ highlights, catalog, options }: ComparisonWorkbookInput): Table {
  const { language } = options;
  const labels = LABELS[language];
  const rows = highlights.flatMap((block) => {
    const zone = findZone(catalog, block.zoneId);
    const zoneName = zone ? nameIn(language, zone) : block.zoneId;
    return block.lines.map((line) => [zoneName, block.period, basisLabel(language, block.basis), line]);
  });
  return {
    name: 'Highlights',
    // The sentences wrap in one wide column, so the sheet prints as a page of text.
    columns: [
      ...[labels.zone, labels.period, labels.basis].map(textColumn),
      { header: labels.highlight, kind: 'text', width: 90, wrap: true },
    ],
    rows,
    freeze: { rows: 1, columns: 0 },
  };
}
