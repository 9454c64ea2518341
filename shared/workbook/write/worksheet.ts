import type { CellObject, WorkSheet } from 'xlsx';
import { utils } from 'xlsx';
import { fitColumnWidths } from './column-widths';
import { FORMAT_OF, type ColumnKind } from './formats';
import type { Table, TableCell } from './table';

/**
 * Text is always a string cell (`t: 's'`) and no cell ever gets a formula (`f`), so a name such
 * as `=HYPERLINK(…)` or `+1` stays the text the user typed.
 */
function toCell(cell: TableCell, kind: ColumnKind, format: string | undefined): CellObject | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (kind === 'text') {
    const text = typeof cell === 'string' ? cell : String(cell);
    return text === '' ? undefined : { t: 's', v: text };
  }
  if (typeof cell !== 'number' || !Number.isFinite(cell)) return undefined;
  return { t: 'n', v: cell, z: format ?? FORMAT_OF[kind] };
}

/** A dense SheetJS worksheet: header row, typed and formatted cells, fitted widths, autofilter. */
export function buildWorksheet(table: Table): WorkSheet {
  const headers = table.columns.map((column) => column.header);
  const kinds = table.columns.map((column) => column.kind);
  const data: CellObject[][] = [headers.map((header) => ({ t: 's', v: header }))];
  let r = 0;
  for (const row of table.rows) {
    const cells: CellObject[] = [];
    for (let c = 0; c < kinds.length; c++) {
      const kind = kinds[c]!;
      const cell = toCell(row[c], kind, kind !== 'text' && table.formatAt ? table.formatAt(r, c, row) : undefined);
      if (cell) cells[c] = cell;
    }
    data.push(cells);
    r++;
  }
  const range = { s: { r: 0, c: 0 }, e: { r: data.length - 1, c: Math.max(0, kinds.length - 1) } };
  const sheet = { '!data': data, '!ref': utils.encode_range(range) } as WorkSheet;
  sheet['!cols'] = fitColumnWidths(headers, kinds, table.rows).map((wch) => ({ wch }));
  if (table.autofilter) sheet['!autofilter'] = { ref: utils.encode_range(range) };
  return sheet;
}
