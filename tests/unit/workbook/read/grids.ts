import type { CellValue, SheetGrid, WorkbookGrid } from '../../../../shared/workbook/read';

export function grid(name: string, rows: CellValue[][], merges: SheetGrid['merges'] = []): SheetGrid {
  return { name, rows, columnCount: Math.max(0, ...rows.map((row) => row.length)), merges };
}

export function workbook(...sheets: SheetGrid[]): WorkbookGrid {
  return { format: 'xlsx', encoding: null, sheets, formulaCells: [] };
}
