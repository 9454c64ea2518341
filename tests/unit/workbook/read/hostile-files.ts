import { Deflate, deflateSync, strToU8, zipSync, type Zippable } from 'fflate';
import { crc32 } from '../../../../shared/workbook/read/crc32';
import { rawXlsxParts, worksheetXml } from './raw-xlsx';
import { joinBytes } from '../../../../shared/workbook/read/join-bytes';

/** Raw DEFLATE of `bytes`, ended by a sync flush so that another stream may follow it. */
function flushedDeflate(bytes: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => chunks.push(chunk));
  deflate.push(bytes);
  deflate.flush(true);
  const out = joinBytes(chunks);
  // fflate 0.8.3 does not always end a short input's sync flush with the empty stored block.
  if (out.length < 4 || out.subarray(-4).join() !== '0,0,255,255')
    throw new Error('the deflate stream does not end on a sync flush');
  return out;
}

/** A non-final stored DEFLATE block: short text, verbatim. */
function storedBlock(bytes: Uint8Array): Uint8Array {
  const header = [0x00, bytes.length & 0xff, bytes.length >> 8, ~bytes.length & 0xff, (~bytes.length >> 8) & 0xff];
  return joinBytes([new Uint8Array(header), bytes]);
}

/**
 * One huge part: `head`, then `block` `times` over, then `tail`, deflated without ever holding the
 * whole text (the block is deflated once and its stream repeated, each copy byte-aligned).
 */
interface RepeatedPart {
  name: string;
  head: string;
  block: string;
  times: number;
  tail: string;
  /** A checksum to write instead of the real one (a bomb's headers lie anyway). */
  crc?: number;
}

const built = new Map<string, { data: Uint8Array; crc: number; size: number }>();

/** Parts of the same content are built once (their checksum alone takes seconds). */
function repeatedPart({ head, block, times, tail, crc: claimed }: RepeatedPart): {
  data: Uint8Array;
  crc: number;
  size: number;
} {
  const key = JSON.stringify([head, block.slice(0, 64), block.length, times, tail, claimed]);
  const known = built.get(key);
  if (known) return known;
  const [headBytes, blockBytes, tailBytes] = [strToU8(head), strToU8(block), strToU8(tail)];
  const blockDeflated = flushedDeflate(blockBytes);
  const pieces = [storedBlock(headBytes), ...Array<Uint8Array>(times).fill(blockDeflated), deflateSync(tailBytes)];
  let crc = claimed ?? crc32(headBytes);
  if (claimed === undefined) {
    for (let index = 0; index < times; index++) crc = crc32(blockBytes, crc);
    crc = crc32(tailBytes, crc);
  }
  const part = { data: joinBytes(pieces), crc, size: headBytes.length + blockBytes.length * times + tailBytes.length };
  built.set(key, part);
  return part;
}

/** A ZIP of small parts (deflated by fflate) and huge repeated ones, as written by any tool. */
function zipWithHugeParts(small: Record<string, Uint8Array>, huge: RepeatedPart[]): Uint8Array {
  const entries = [
    ...Object.entries(small).map(([name, content]) => ({
      name,
      data: deflateSync(content),
      crc: crc32(content),
      size: content.length,
    })),
    ...huge.map((part) => ({ name: part.name, ...repeatedPart(part) })),
  ];
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const local = new Uint8Array(30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const lv = new DataView(local.buffer);
    const cv = new DataView(central.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, 8, true);
    lv.setUint32(14, entry.crc, true);
    lv.setUint32(18, entry.data.length, true);
    lv.setUint32(22, entry.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, 8, true);
    cv.setUint32(16, entry.crc, true);
    cv.setUint32(20, entry.data.length, true);
    cv.setUint32(24, entry.size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, entry.data);
    centrals.push(central);
    offset += local.length + entry.data.length;
  }
  const directory = joinBytes(centrals);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, directory.length, true);
  ev.setUint32(16, offset, true);
  return joinBytes([...locals, directory, end]);
}

/** Issue 10 §1: 60,000 rows of one cell each in column XFD (~300 KB; SheetJS allocates 983 million slots). */
export function farColumnXlsx(rows = 60_000): Uint8Array {
  let data = '';
  for (let row = 1; row <= rows; row++) data += `<row r="${row}"><c r="XFD${row}"><v>1</v></c></row>`;
  return zipSync(rawXlsxParts([['Obs', data]]) as Zippable);
}

/** Issue 10 §1: sheets of `<c><v>1</v></c>` repeated to about `megabytesEach` MB each, zipped to a few MB. */
export function repeatedCellsXlsx(sheets = 3, megabytesEach = 450): Uint8Array {
  const names = Array.from({ length: sheets }, (_, index): [string, string] => [`S${index + 1}`, '']);
  const small = rawXlsxParts(names);
  const [head, tail] = worksheetXml('<row r="1">\u0000</row>').split('\u0000') as [string, string];
  const block = '<c><v>1</v></c>'.repeat(65_536);
  const huge = names.map((_, index) => {
    delete small[`xl/worksheets/sheet${index + 1}.xml`];
    return {
      name: `xl/worksheets/sheet${index + 1}.xml`,
      head,
      block,
      times: Math.ceil((megabytesEach * 1024 * 1024) / block.length),
      tail,
    };
  });
  return zipWithHugeParts(small, huge);
}

/**
 * Issue 10 §1: a ZIP bomb whose headers claim its sheet unpacks to 0 bytes, while it unpacks to
 * `megabytes` MB of spaces.
 */
export function lyingBombXlsx(megabytes = 1024): Uint8Array {
  const small = rawXlsxParts([['Obs', '']]);
  delete small['xl/worksheets/sheet1.xml'];
  const [head, tail] = worksheetXml('<row r="1"><c r="A1"><v>1</v></c></row>\u0000').split('\u0000') as [
    string,
    string,
  ];
  return claimZeroSizes(
    zipWithHugeParts(small, [
      { name: 'xl/worksheets/sheet1.xml', head, block: ' '.repeat(1024 * 1024), times: megabytes, tail, crc: 0 },
    ]),
  );
}

/** Sets every uncompressed size in the central directory and the data descriptors to 0. */
function claimZeroSizes(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let index = 0; index + 46 <= bytes.length; index++) {
    const signature = view.getUint32(index, true);
    if (signature === 0x02014b50) view.setUint32(index + 24, 0, true);
    else if (signature === 0x08074b50) view.setUint32(index + 12, 0, true);
    else if (signature === 0x04034b50) view.setUint32(index + 22, 0, true);
  }
  return bytes;
}

/** Issue 10 §1: a valid workbook whose sheet's deflate stream is damaged in the middle. */
export function damagedDeflateXlsx(): Uint8Array {
  let data = '';
  for (let row = 1; row <= 20_000; row++)
    data += `<row r="${row}"><c r="A${row}" t="inlineStr"><is><t>zone-${(row * 7919) % 10007}</t></is></c><c r="B${row}"><v>${row * 3.7}</v></c></row>`;
  const parts = rawXlsxParts([['Obs', data]]);
  const bytes = zipSync(parts as Zippable);
  // The sheet's compressed data sits after its local header; damage a run of bytes well inside it.
  const name = strToU8('xl/worksheets/sheet1.xml');
  let header = -1;
  for (let index = 0; index < bytes.length - name.length; index++) {
    if (
      bytes[index] === 0x50 &&
      bytes[index + 1] === 0x4b &&
      bytes[index + 2] === 0x03 &&
      bytes[index + 3] === 0x04 &&
      name.every((byte, offset) => bytes[index + 30 + offset] === byte)
    )
      header = index;
  }
  const start = header + 30 + name.length + 2000;
  for (let index = start; index < start + 64; index++) bytes[index] = (bytes[index]! * 31 + 17) & 0xff;
  return bytes;
}
