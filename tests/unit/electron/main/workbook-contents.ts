import type { CellObject } from 'xlsx';
import { cellsOf, frozenPane, readBack } from '../../workbook/write/read-back';

/** What a reader of a written workbook sees: sheet order, each sheet's range, panes and cells (type, value, number format). */
export function workbookContents(bytes: Uint8Array) {
  const workbook = readBack(bytes);
  return {
    sheetNames: workbook.SheetNames,
    sheets: workbook.SheetNames.map((name, index) => ({
      name,
      ref: workbook.Sheets[name]!['!ref'],
      pane: frozenPane(bytes, index),
      cells: Object.fromEntries(cellsOf(workbook, name).map(({ address, cell }) => [address, typeAndValue(cell)])),
    })),
  };
}

function typeAndValue({ t, v, z }: CellObject) {
  return { t, v, z };
}
