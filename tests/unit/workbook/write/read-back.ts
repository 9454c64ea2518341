import * as XLSX from 'xlsx';

/** The comparison workbook's sheets in the order docs/workbook.md §2 gives them. */
export const COMPARISON_SHEETS = [
  'Highlights',
  'Comparison',
  'Metrics',
  'Zones',
  'Indicators',
  'Observations',
  'About',
];

/** A written workbook as SheetJS reads it: number formats and formulas kept, so the tests can look for them. */
export function readBack(bytes: Uint8Array): XLSX.WorkBook {
  return XLSX.read(bytes, { type: 'array', cellNF: true, cellFormula: true, cellStyles: true });
}

export function sheet(workbook: XLSX.WorkBook, name: string): XLSX.WorkSheet {
  const found = workbook.Sheets[name];
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** Rows of raw cell values, empty cells as null. */
export function rowsOf(workbook: XLSX.WorkBook, name: string): unknown[][] {
  return XLSX.utils.sheet_to_json<unknown[]>(sheet(workbook, name), {
    header: 1,
    raw: true,
    defval: null,
    blankrows: true,
  });
}

export interface FoundCell {
  address: string;
  cell: XLSX.CellObject;
}

export function cellsOf(workbook: XLSX.WorkBook, name: string): FoundCell[] {
  const ws = sheet(workbook, name);
  return Object.keys(ws)
    .filter((key) => !key.startsWith('!'))
    .map((address) => ({ address, cell: ws[address] as XLSX.CellObject }));
}

/** Every cell of every sheet that holds a formula. */
export function formulaCells(workbook: XLSX.WorkBook): string[] {
  return workbook.SheetNames.flatMap((name) =>
    cellsOf(workbook, name)
      .filter(({ cell }) => cell.f !== undefined)
      .map(({ address }) => `${name}!${address}`),
  );
}

/** The `<pane>` of a sheet's view (SheetJS itself does not read panes), or null. */
export function frozenPane(
  bytes: Uint8Array,
  sheetIndex: number,
): { xSplit: number; ySplit: number; state: string } | null {
  const container = XLSX.CFB.read(bytes, { type: 'array' });
  const entry = XLSX.CFB.find(container, `/xl/worksheets/sheet${sheetIndex + 1}.xml`) as { content: Uint8Array } | null;
  if (!entry) throw new Error(`no sheet ${sheetIndex + 1}`);
  const xml = new TextDecoder().decode(entry.content);
  const pane = /<pane\b([^>]*)\/>/.exec(xml);
  if (!pane) return null;
  const attribute = (name: string): string | undefined => new RegExp(`${name}="([^"]*)"`).exec(pane[1]!)?.[1];
  return {
    xSplit: Number(attribute('xSplit') ?? 0),
    ySplit: Number(attribute('ySplit') ?? 0),
    state: attribute('state') ?? '',
  };
}

/** Column `column` (0-based) of a sheet's header row onwards, as cells. */
export function columnCells(workbook: XLSX.WorkBook, name: string, column: number): (XLSX.CellObject | undefined)[] {
  const ws = sheet(workbook, name);
  const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
  const cells: (XLSX.CellObject | undefined)[] = [];
  for (let r = range.s.r; r <= range.e.r; r++)
    cells.push(ws[XLSX.utils.encode_cell({ r, c: column })] as XLSX.CellObject | undefined);
  return cells;
}
