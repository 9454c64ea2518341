import type { EntryWarning } from '../checks/soft-checks';
import { formatValue } from '../model/format';
import type { FigureField } from '../session/figures';
import type { GridCell } from './grid-rows';

interface CellViewProps {
  cell: GridCell;
  field: FigureField;
  language: string;
  describeWarning(warning: EntryWarning): string;
  warningLabel: string;
}

/** A figure cell at rest: the number as published, a marker for each warning, a corner for a note. */
export function CellView({ cell, field, language, describeWarning, warningLabel }: CellViewProps) {
  const value = cell.figures?.[field] ?? null;
  const warnings = cell.warnings.map(describeWarning);
  const note = cell.figures?.note ?? '';
  return (
    <span className="entry-grid__cell">
      {warnings.length > 0 && (
        <span className="entry-marker entry-marker--warning" role="img" aria-label={`${warningLabel}: ${warnings.join('; ')}`} title={warnings.join('\n')}>
          !
        </span>
      )}
      <span className="entry-grid__value">{formatValue(value, language)}</span>
      {note !== '' && <span className="entry-grid__note" title={note} aria-hidden="true" />}
    </span>
  );
}
