import { fitColumnWidths } from '../column-widths';
import { FORMAT_OF } from '../formats';
import type { Table, TableCell } from '../table';
import type { SharedStrings } from './shared-strings';
import type { StyleBook } from './styles';
import { cellRef, columnName } from './xml';
import { asciiBytes, writeDigits, type XmlBytes } from './xml-bytes';

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

const TEXT_TYPE = asciiBytes('" t="s" s="');
const STYLE_ONLY = asciiBytes('" s="');
const VALUE_OPEN = asciiBytes('"><v>');
const CELL_CLOSE = asciiBytes('</v></c>');
const ROW_OPEN = asciiBytes('<row r="');
const ROW_OPENED = asciiBytes('">');
const ROW_CLOSE = asciiBytes('</row>');
/** Whole numbers this small are written digit by digit, as String() would write them. */
const SMALL_WHOLE = 2 ** 31;

/**
 * One worksheet, written a row at a time. Text is always a shared string and no cell ever gets a
 * formula, so a name such as `=HYPERLINK(…)` or `+1` stays the text the user typed.
 */
export class SheetWriter {
  readonly layout: SheetLayout;
  private readonly columnStyles: number[];
  private readonly shadedStyles: number[];
  private readonly kinds: string[];
  private readonly shadedColumns: boolean[];
  /** `<c r="A` … per column: the start of each cell's markup. */
  private readonly cellOpen: Uint8Array[];
  /** Style ids of cells with their own format: per column and shading, by format. */
  private readonly formatStyles: Map<string, number>[];
  /** The row number's digits, written once per row and copied into each cell's reference. */
  private readonly rowDigits = new Uint8Array(10);
  private rowDigitCount = 0;

  constructor(
    private readonly table: Table,
    private readonly styles: StyleBook,
    private readonly strings: SharedStrings,
  ) {
    this.layout = layoutOf(table);
    this.kinds = table.columns.map((column) => column.kind);
    this.cellOpen = table.columns.map((_, c) => asciiBytes(`<c r="${columnName(c)}`));
    this.shadedColumns = table.columns.map((_, c) => table.shadedColumn?.(c) ?? false);
    this.formatStyles = table.columns.flatMap(() => [new Map<string, number>(), new Map<string, number>()]);
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

  /** Data row `index` (0-based among the data rows), its cells `cells`, written into `out`. */
  writeRow(cells: readonly TableCell[], index: number, out: XmlBytes): void {
    const sheetRow = this.layout.firstDataRow + index;
    const shaded = this.table.shadedRow?.(index, cells) ?? false;
    this.rowDigitCount = writeDigits(sheetRow + 1, this.rowDigits, 0);
    out.bytes(ROW_OPEN);
    out.bytes(this.rowDigits, this.rowDigitCount);
    out.bytes(ROW_OPENED);
    for (let c = 0; c < this.kinds.length; c++) this.writeCell(cells[c], cells, index, c, shaded, out);
    out.bytes(ROW_CLOSE);
  }

  private writeCell(
    value: TableCell,
    cells: readonly TableCell[],
    index: number,
    c: number,
    shaded: boolean,
    out: XmlBytes,
  ): void {
    if (value === null || value === undefined) return;
    if (this.kinds[c] === 'text') {
      const text = typeof value === 'string' ? value : String(value);
      if (text === '') return;
      this.openCell(c, TEXT_TYPE, shaded ? this.shadedStyles[c]! : this.columnStyles[c]!, out);
      out.digits(this.strings.id(text));
      out.bytes(CELL_CLOSE);
      return;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) return;
    const format = this.table.formatAt?.(index, c, cells);
    const style =
      format !== undefined
        ? this.formattedStyle(c, shaded || this.shadedColumns[c]!, format)
        : shaded
          ? this.shadedStyles[c]!
          : this.columnStyles[c]!;
    this.openCell(c, STYLE_ONLY, style, out);
    if (Number.isInteger(value) && value >= 0 && value < SMALL_WHOLE) out.digits(value);
    else out.ascii(String(value));
    out.bytes(CELL_CLOSE);
  }

  /** `<c r="B7" s="3"><v>` (with ` t="s"` for text). */
  private openCell(c: number, type: Uint8Array, style: number, out: XmlBytes): void {
    out.bytes(this.cellOpen[c]!);
    out.bytes(this.rowDigits, this.rowDigitCount);
    out.bytes(type);
    out.digits(style);
    out.bytes(VALUE_OPEN);
  }

  private formattedStyle(c: number, shaded: boolean, format: string): number {
    const styles = this.formatStyles[c * 2 + (shaded ? 1 : 0)]!;
    let id = styles.get(format);
    if (id === undefined) {
      id = this.styles.id(this.styleOf(this.kinds[c]!, false, shaded, format));
      styles.set(format, id);
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
