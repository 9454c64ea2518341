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
    return block.lines.map((line) => [block.zoneId, zoneName, block.period, basisLabel(language, block.basis), line]);
  });
  return {
    name: 'Highlights',
    columns: [labels.zoneId, labels.zone, labels.period, labels.basis, labels.highlight].map(textColumn),
    rows,
    freeze: { rows: 1, columns: 0 },
  };
}
