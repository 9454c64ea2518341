import { CFB, utils } from 'xlsx';

/** What SheetJS 0.20.3 writes for every sheet: one view, no pane. */
const PLAIN_VIEW = '<sheetView workbookViewId="0"/>';

export interface FrozenPane {
  /** 0-based index of the sheet in the workbook. */
  sheet: number;
  rows: number;
  columns: number;
}

function ascii(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  outer: for (
    let i = haystack.indexOf(first!);
    i >= 0 && i <= haystack.length - needle.length;
    i = haystack.indexOf(first!, i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** The OOXML view that keeps `rows` rows and `columns` columns in place while scrolling. */
export function frozenViewXml(rows: number, columns: number): string {
  const topLeft = utils.encode_cell({ r: rows, c: columns });
  const pane = columns > 0 && rows > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const splits = `${columns > 0 ? ` xSplit="${columns}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''}`;
  return (
    `<sheetView workbookViewId="0"><pane${splits} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView>`
  );
}

/**
 * SheetJS Community Edition reads no panes and writes none, so the frozen header rows are added
 * to the sheets' XML afterwards: the workbook is written uncompressed, the views replaced, and the
 * package compressed once by SheetJS's own zip writer.
 */
export function freezePanes(uncompressedXlsx: Uint8Array, panes: FrozenPane[]): Uint8Array {
  const container = CFB.read(uncompressedXlsx, { type: 'array' });
  const plain = ascii(PLAIN_VIEW);
  for (const { sheet, rows, columns } of panes) {
    if (rows === 0 && columns === 0) continue;
    const entry = CFB.find(container, `/xl/worksheets/sheet${sheet + 1}.xml`) as { content: Uint8Array } | null;
    if (!entry) throw new Error(`the workbook has no sheet ${sheet + 1}`);
    const at = indexOfBytes(entry.content, plain);
    if (at < 0) throw new Error(`sheet ${sheet + 1} has an unexpected view`);
    const frozen = ascii(frozenViewXml(rows, columns));
    const content = new Uint8Array(entry.content.length - plain.length + frozen.length);
    content.set(entry.content.subarray(0, at), 0);
    content.set(frozen, at);
    content.set(entry.content.subarray(at + plain.length), at + frozen.length);
    entry.content = content;
  }
  const zipped = CFB.write(container, { fileType: 'zip', type: 'array', compression: true }) as Uint8Array | number[];
  return zipped instanceof Uint8Array
    ? new Uint8Array(zipped.buffer, zipped.byteOffset, zipped.length)
    : Uint8Array.from(zipped);
}
