import type { GridRowSpec } from './grid-model';

/** A row's name, indented under its parent, with the unit beside it. */
export function RowLabel({ spec, text }: { spec: GridRowSpec; text: string }) {
  return (
    <span className="entry-grid__row-label" data-depth={Math.min(spec.depth, 4)} title={text}>
      <span className="entry-grid__row-name">{text}</span>
      {spec.indicator.unit !== '' && <span className="entry-grid__unit">{spec.indicator.unit}</span>}
    </span>
  );
}
