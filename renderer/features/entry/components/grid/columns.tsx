import type { Column } from 'react-data-grid';
import { growthUnit } from '../../../../../shared/metrics';
import type { EntryWarning, Period } from '../../../../../shared/model';
import { monthLabel } from '../../../../i18n/format';
import { CellEditor } from './CellEditor';
import { CellView } from './CellView';
import type { GridModel, GridRowSpec } from '../../model/grid/grid-model';
import type { GridRow } from '../../model/grid/grid-rows';
import { RowLabel } from './RowLabel';

/** The frozen row-name column, then one column per month; months after the current one are read-only. */
export function gridColumns(
  model: GridModel,
  latest: Period,
  language: string,
  rowLabel: (spec: GridRowSpec) => string,
  rowHeader: string,
  futureTitle: string,
  warningLabel: string,
  describe: (warning: EntryWarning) => string,
): Column<GridRow>[] {
  const labelColumn: Column<GridRow> = {
    key: 'label',
    name: rowHeader,
    frozen: true,
    width: 168,
    cellClass: 'entry-grid__label',
    renderCell: ({ row }) => (
      <RowLabel
        spec={row.spec}
        text={rowLabel(row.spec)}
        unit={
          model.field === 'value'
            ? row.spec.indicator.unit
            : growthUnit(row.spec.indicator.kind, language === 'zh' ? 'zh' : 'en')
        }
      />
    ),
  };
  const months = model.periods.map((period, col): Column<GridRow> => ({
    key: period,
    name: monthLabel(period, model.basis, language),
    width: 'minmax(68px, 1fr)',
    minWidth: 68,
    editable: period <= latest,
    headerCellClass: 'entry-grid__month',
    cellClass: (row) => cellClass(row, col, period > latest),
    renderCell: ({ row }) =>
      period > latest ? (
        <span title={futureTitle} />
      ) : (
        <CellView
          cell={row.cells[col]!}
          field={model.field}
          language={language}
          describeWarning={describe}
          warningLabel={warningLabel}
        />
      ),
    renderEditCell: (props) => <CellEditor {...props} field={model.field} />,
    editorOptions: { commitOnOutsideClick: false },
  }));
  return [labelColumn, ...months];
}

function cellClass(row: GridRow, col: number, future: boolean): string {
  const classes = ['entry-grid__figure'];
  if (row.selected && col >= row.selected.left && col <= row.selected.right)
    classes.push('entry-grid__figure--selected');
  if (future) classes.push('entry-grid__figure--future');
  if ((row.cells[col]?.warnings.length ?? 0) > 0) classes.push('entry-grid__figure--warning');
  if (row.cells[col]?.refused) classes.push('entry-grid__figure--refused');
  return classes.join(' ');
}
