import type { EntryWarning } from '../../../../../shared/model';
import { formatOneDecimal, formatValue } from '../../model/format';
import type { FigureField } from '../../model/session/figures';
import type { GridCell } from '../../model/grid/grid-rows';

interface CellViewProps {
  cell: GridCell;
  field: FigureField;
  language: string;
  describeWarning(warning: EntryWarning): string;
  warningLabel: string;
}

/** A figure cell at rest: the number as published; an amber corner marks warnings, a blue one a note. */
export function CellView({ cell, field, language, describeWarning, warningLabel }: CellViewProps) {
  const value = cell.figures?.[field] ?? null;
  const warnings = cell.warnings.map(describeWarning);
  const note = cell.figures?.note ?? '';
  if (cell.refused) {
    return (
      <span className="entry-grid__cell entry-grid__cell--refused" title={cell.refused.message}>
        <span className="entry-grid__value">{cell.refused.text}</span>
        <span className="visually-hidden">{cell.refused.message}</span>
      </span>
    );
  }
  return (
    <span className="entry-grid__cell">
      {warnings.length > 0 && (
        <span
          className="entry-grid__warning"
          role="img"
          aria-label={`${warningLabel}: ${warnings.join('; ')}`}
          title={warnings.join('\n')}
        />
      )}
      <span className="entry-grid__value">
        {field === 'yoyPct' ? formatOneDecimal(value, language) : formatValue(value, language)}
      </span>
      {note !== '' && <span className="entry-grid__note" title={note} aria-hidden="true" />}
    </span>
  );
}
