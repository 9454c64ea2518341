import { escapeXml } from './xml';

/** How one cell looks; every distinct look is one `<xf>` of styles.xml. */
export interface CellStyle {
  /** A number format code; undefined: General. */
  format?: string;
  bold?: boolean;
  /** The light fill that marks a benchmark's figures. */
  shaded?: boolean;
  /** Text wrapped inside the column (the Highlights sentences). */
  wrap?: boolean;
  /** The sheet's title, larger than the rest. */
  title?: boolean;
}

/** Built-in number formats Excel knows by id; anything else is a custom format from id 164. */
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4 };
const FIRST_CUSTOM_FORMAT = 164;

const FONTS = [
  '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
  '<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font>',
];
const FILLS = [
  '<fill><patternFill patternType="none"/></fill>',
  '<fill><patternFill patternType="gray125"/></fill>',
  // Benchmark figures: a pale blue that prints as light grey.
  '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill>',
  // Header row.
  '<fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/><bgColor indexed="64"/></patternFill></fill>',
];
const HEADER_BORDER =
  '<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>';

/** The styles a workbook uses, numbered in the order first asked for; styles.xml is written last. */
export class StyleBook {
  private readonly ids = new Map<string, number>();
  private readonly styles: CellStyle[] = [{}];
  private readonly formats = new Map<string, number>();

  constructor() {
    this.ids.set(this.key({}), 0);
  }

  private key(style: CellStyle): string {
    return `${style.format ?? ''}\u0000${style.bold ? 1 : 0}${style.shaded ? 1 : 0}${style.wrap ? 1 : 0}${style.title ? 1 : 0}`;
  }

  /** The `s` index of a cell with this look. */
  id(style: CellStyle): number {
    const key = this.key(style);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.styles.length;
      this.styles.push(style);
      this.ids.set(key, id);
    }
    return id;
  }

  private formatId(format: string | undefined): number {
    if (format === undefined) return 0;
    const builtIn = BUILT_IN_FORMATS[format];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(format);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.formats.size;
      this.formats.set(format, id);
    }
    return id;
  }

  xml(): string {
    const xfs = this.styles.map((style) => {
      const numFmtId = this.formatId(style.format);
      const fontId = style.title ? 2 : style.bold ? 1 : 0;
      const fillId = style.shaded ? 2 : style.bold && !style.title ? 3 : 0;
      const borderId = style.bold && !style.title ? 1 : 0;
      const applied = `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}`;
      const alignment = style.wrap
        ? '<alignment wrapText="1" vertical="top"/>'
        : style.bold
          ? '<alignment vertical="top"/>'
          : '';
      const applyAlignment = alignment ? ' applyAlignment="1"' : '';
      return `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}${applyAlignment}>${alignment}</xf>`;
    });
    const numFmts = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (numFmts.length > 0 ? `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` : '') +
      `<fonts count="${FONTS.length}">${FONTS.join('')}</fonts>` +
      `<fills count="${FILLS.length}">${FILLS.join('')}</fills>` +
      `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>${HEADER_BORDER}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}
