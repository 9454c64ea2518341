import type { GridRowSpec } from '../../model/grid/grid-model';

/** A row's name, indented under its parent, with the unit of the figure shown beside it. */
export function RowLabel({ spec, text, unit }: { spec: GridRowSpec; text: string; unit: string }) {
  return (
    <span className="entry-grid__row-label" data-depth={Math.min(spec.depth, 4)} title={text}>
      <span className="entry-grid__row-name">{text}</span>
      {unit !== '' && <span className="entry-grid__unit">{unit}</span>}
    </span>
  );
}
