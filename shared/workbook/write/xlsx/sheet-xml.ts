import { fitColumnWidths } from '../column-widths';
import { FORMAT_OF } from '../formats';
import type { Table, TableCell } from '../table';
import type { SharedStrings } from './shared-strings';
import type { StyleBook } from './styles';
import { cellRef, columnName } from './xml';

const NAMESPACES =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Where a table's parts sit on its sheet (0-based rows). */
export interface SheetLayout {
  headerRow: number;
  firstDataRow: number;
  lastRow: number;
  lastColumn: number;
}

export function layoutOf(table: Table): SheetLayout {
  const headerRow = table.title ? 1 : 0;
  return {
    headerRow,
    firstDataRow: headerRow + 1,
    lastRow: headerRow + table.rows.length,
    lastColumn: Math.max(0, table.columns.length - 1),
  };
}

/** The range the header and data rows cover: the autofilter's and the print area's. */
export function dataRange(layout: SheetLayout): string {
  return `${cellRef(layout.headerRow, 0)}:${cellRef(layout.lastRow, layout.lastColumn)}`;
}

/** A view with the first rows and columns frozen as a real pane (Excel and LibreOffice both keep it). */
function viewXml(rows: number, columns: number, selected: boolean): string {
  const tab = selected ? ' tabSelected="1"' : '';
  if (rows === 0 && columns === 0) return `<sheetViews><sheetView workbookViewId="0"${tab}/></sheetViews>`;
  const topLeft = cellRef(rows, columns);
  const pane = columns > 0 && rows > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const splits = `${columns > 0 ? ` xSplit="${columns}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''}`;
  return (
    `<sheetViews><sheetView workbookViewId="0"${tab}><pane${splits} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

/**
 * One worksheet, written a row at a time. Text is always a shared string and no cell ever gets a
 * formula, so a name such as `=HYPERLINK(…)` or `+1` stays the text the user typed.
 */
export class SheetWriter {
  readonly layout: SheetLayout;
  private readonly columnStyles: number[];
  private readonly shadedStyles: number[];
  private readonly kinds: string[];
  private readonly letters: string[];
  private readonly shadedColumns: boolean[];
  /** Style ids of cells with their own format, by column, shading and format. */
  private readonly formatStyles = new Map<string, number>();

  constructor(
    private readonly table: Table,
    private readonly styles: StyleBook,
    private readonly strings: SharedStrings,
  ) {
    this.layout = layoutOf(table);
    this.kinds = table.columns.map((column) => column.kind);
    this.letters = table.columns.map((_, c) => columnName(c));
    this.shadedColumns = table.columns.map((_, c) => table.shadedColumn?.(c) ?? false);
    this.columnStyles = table.columns.map((column, c) =>
      styles.id(this.styleOf(column.kind, column.wrap, table.shadedColumn?.(c) ?? false, undefined)),
    );
    this.shadedStyles = table.columns.map((column) =>
      styles.id(this.styleOf(column.kind, column.wrap, true, undefined)),
    );
  }

  private styleOf(kind: string, wrap: boolean | undefined, shaded: boolean, format: string | undefined) {
    const numberFormat = kind === 'text' ? undefined : (format ?? FORMAT_OF[kind as keyof typeof FORMAT_OF]);
    return {
      ...(numberFormat ? { format: numberFormat } : {}),
      ...(wrap ? { wrap } : {}),
      ...(shaded ? { shaded } : {}),
    };
  }

  head(selected: boolean): string {
    const { table, layout } = this;
    const widths = fitColumnWidths(
      table.columns.map((column) => column.header),
      table.columns.map((column) => column.kind),
      table.rows,
    ).map((fitted, c) => table.columns[c]!.width ?? fitted);
    const cols = widths
      .map((width, c) => `<col min="${c + 1}" max="${c + 1}" width="${width}" customWidth="1"/>`)
      .join('');
    const freezeRows = table.freeze ? table.freeze.rows + layout.headerRow : 0;
    const header = this.headerRowXml();
    const title = table.title
      ? `<row r="1"><c r="A1" t="s" s="${this.styles.id({ title: true })}"><v>${this.strings.id(table.title)}</v></c></row>`
      : '';
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NAMESPACES}>` +
      '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
      `<dimension ref="A1:${cellRef(layout.lastRow, layout.lastColumn)}"/>` +
      viewXml(freezeRows, table.freeze?.columns ?? 0, selected) +
      `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${title}${header}`
    );
  }

  private headerRowXml(): string {
    const style = this.styles.id({ bold: true, wrap: true });
    const row = this.layout.headerRow;
    const cells = this.table.columns.map(
      (column, c) => `<c r="${cellRef(row, c)}" t="s" s="${style}"><v>${this.strings.id(column.header)}</v></c>`,
    );
    return `<row r="${row + 1}">${cells.join('')}</row>`;
  }

  /** The XML of data row `index` (0-based among the data rows). */
  row(index: number): string {
    const cells = this.table.rows.at(index) ?? [];
    const sheetRow = this.layout.firstDataRow + index;
    const shaded = this.table.shadedRow?.(index) ?? false;
    let xml = `<row r="${sheetRow + 1}">`;
    for (let c = 0; c < this.kinds.length; c++) xml += this.cell(cells[c], sheetRow, index, c, shaded);
    return `${xml}</row>`;
  }

  private cell(value: TableCell, sheetRow: number, index: number, c: number, shaded: boolean): string {
    if (value === null || value === undefined) return '';
    const kind = this.kinds[c]!;
    if (kind === 'text') {
      const text = typeof value === 'string' ? value : String(value);
      if (text === '') return '';
      return `<c r="${this.letters[c]}${sheetRow + 1}" t="s" s="${shaded ? this.shadedStyles[c] : this.columnStyles[c]}"><v>${this.strings.id(text)}</v></c>`;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) return '';
    const format = this.table.formatAt?.(index, c);
    const style =
      format !== undefined
        ? this.formattedStyle(c, shaded || this.shadedColumns[c]!, format)
        : shaded
          ? this.shadedStyles[c]
          : this.columnStyles[c];
    return `<c r="${this.letters[c]}${sheetRow + 1}" s="${style}"><v>${value}</v></c>`;
  }

  private formattedStyle(c: number, shaded: boolean, format: string): number {
    const key = `${c}|${shaded ? 1 : 0}|${format}`;
    let id = this.formatStyles.get(key);
    if (id === undefined) {
      id = this.styles.id(this.styleOf(this.kinds[c]!, false, shaded, format));
      this.formatStyles.set(key, id);
    }
    return id;
  }

  /** After the rows: the autofilter and the print setup (landscape, one page wide, header rows repeated). */
  tail(): string {
    const filter = this.table.autofilter ? `<autoFilter ref="${dataRange(this.layout)}"/>` : '';
    return (
      `</sheetData>${filter}` +
      '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
      '</worksheet>'
    );
  }
}
