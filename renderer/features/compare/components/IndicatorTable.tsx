import type { ReactNode } from 'react';
import type { Indicator } from '../../../../shared/model';
import { TableFrame } from '../../../components/TableFrame';
import { displayName } from '../../../../shared/model';
import { useLanguage } from '../../../i18n/use-language';

interface IndicatorTableProps<R extends { indicator: Indicator }> {
  rows: readonly R[];
  /** The note shown instead of the table when there are no rows. */
  empty: string;
  /** The header row(s), inside <thead>. */
  head: ReactNode;
  /** The cells after the indicator's name. */
  cells(row: R): ReactNode;
  /** Marks components (indicators with a parent) with a tree branch. */
  markComponents?: boolean;
  /** The id of the heading that names the table. */
  labelledBy?: string;
}

/** One row per indicator, its name as the row header; an empty note when there is nothing to show. */
export function IndicatorTable<R extends { indicator: Indicator }>({
  rows,
  empty,
  head,
  cells,
  markComponents = false,
  labelledBy,
}: IndicatorTableProps<R>) {
  const language = useLanguage();
  if (rows.length === 0) return <p className="compare-note">{empty}</p>;
  return (
    <TableFrame labelledBy={labelledBy}>
      <table className="table" aria-labelledby={labelledBy}>
        <thead>{head}</thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.indicator.id}>
              <th scope="row" className="table__name">
                {markComponents && row.indicator.parentId && <span className="tree-mark">└</span>}
                {displayName(row.indicator, language)}
              </th>
              {cells(row)}
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}

/** A column header of numbers, right-aligned like its cells. */
export function NumberHeader({
  children,
  colSpan,
  rowSpan,
}: {
  children: ReactNode;
  colSpan?: number;
  rowSpan?: number;
}) {
  return (
    <th scope="col" className="table__number" colSpan={colSpan} rowSpan={rowSpan}>
      {children}
    </th>
  );
}
