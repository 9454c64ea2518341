import { crc32 } from 'node:zlib';

/**
 * One line of the write-ahead log: `<sequence> <byte length> <crc32> <json>\n`. The length and
 * checksum tell a whole record from one a crash cut short or a disk garbled.
 */
export interface WalRecord {
  sequence: number;
  payload: unknown;
  /** Byte offset just past this record's line. */
  end: number;
}

const NEWLINE = 0x0a;
const HEADER = /^(\d{1,15}) (\d{1,10}) (\d{1,10}) $/;

export function encodeRecord(sequence: number, json: string): Buffer {
  const body = Buffer.from(json, 'utf8');
  return Buffer.concat([
    Buffer.from(`${sequence} ${body.byteLength} ${crc32(body)} `, 'utf8'),
    body,
    Buffer.from('\n'),
  ]);
}

function decodeLine(line: Buffer): Omit<WalRecord, 'end'> | null {
  // The header is ASCII and ends at the third space; the body may hold any character.
  let spaces = 0;
  let end = 0;
  while (end < line.length && spaces < 3) if (line[end++] === 0x20) spaces++;
  const header = HEADER.exec(line.subarray(0, end).toString('latin1'));
  if (!header) return null;
  const body = line.subarray(end);
  if (body.byteLength !== Number(header[2]) || crc32(body) !== Number(header[3])) return null;
  try {
    return { sequence: Number(header[1]), payload: JSON.parse(body.toString('utf8')) as unknown };
  } catch {
    return null;
  }
}

export interface DecodedLog {
  /** The whole records in order, each sequence one after the last. */
  records: WalRecord[];
  /** Bytes taken by those records: everything after them is dropped. */
  validBytes: number;
  /**
   * More than a torn last line follows them: the log was damaged, not merely cut short by a crash
   * in the middle of an append (which leaves at most one incomplete line).
   */
  damaged: boolean;
}

export function decodeLog(bytes: Buffer): DecodedLog {
  const records: WalRecord[] = [];
  let offset = 0;
  for (;;) {
    const newline = bytes.indexOf(NEWLINE, offset);
    if (newline < 0) break;
    const record = decodeLine(bytes.subarray(offset, newline));
    const previous = records.at(-1);
    if (!record || (previous && record.sequence !== previous.sequence + 1)) break;
    offset = newline + 1;
    records.push({ ...record, end: offset });
  }
  const rest = bytes.subarray(offset);
  const firstNewline = rest.indexOf(NEWLINE);
  return { records, validBytes: offset, damaged: firstNewline >= 0 && firstNewline < rest.length - 1 };
}
