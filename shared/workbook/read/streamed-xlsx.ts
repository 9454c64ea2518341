import { decodeAstralReferences } from './astral-references';
import { unzipBounded, unzipBoundedAsync, type UnzipOptions } from './bounded-unzip';
import { formulaPlaces, prepareWorkbook, type FastRead, type ReadSheet } from './fast-xlsx';
import { READ_LIMITS, ReadLimitError, type NativeZip, type ReadLimits } from './read-limits';
import { isWorksheetPart, worksheetNames } from './sheet-paths';
import { SheetStream, type ReadTotals } from './sheet-stream';
import { Declined } from './xlsx-cell';
import type { ZipEntry } from './zip-directory';

const isIndex = (entry: ZipEntry) => entry.name === 'xl/workbook.xml' || entry.name === 'xl/_rels/workbook.xml.rels';

/**
 * A plain .xlsx read in one pass (issue 11 §2): the small parts unpacked within the limits first,
 * then each worksheet streamed out of the inflater into its reader, never held whole. It gives what
 * the checked unzip (checked-zip.ts) and the fast reader (fast-xlsx.ts) give together, or declines:
 * any refusal, limit, damage or unusual part is left to them, which then say the same as before.
 */
export function readStreamedXlsx(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  limits: ReadLimits = READ_LIMITS,
  native?: NativeZip,
): FastRead {
  try {
    const reading = new SheetsReading(bytes, entries, limits, native);
    unzipBounded(bytes, reading.sheetEntries, reading.unzipOptions);
    return reading.finish();
  } catch (error) {
    return declinedBy(error);
  }
}

/** readStreamedXlsx with each sheet scanned while zlib's thread inflates its next piece (`NativeZip.inflateRawPieces`). */
export async function readStreamedXlsxAsync(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  limits: ReadLimits = READ_LIMITS,
  native?: NativeZip,
): Promise<FastRead> {
  try {
    const reading = new SheetsReading(bytes, entries, limits, native);
    await unzipBoundedAsync(bytes, reading.sheetEntries, reading.unzipOptions);
    return reading.finish();
  } catch (error) {
    return declinedBy(error);
  }
}

function declinedBy(error: unknown): FastRead {
  if (error instanceof Declined || error instanceof ReadLimitError) return { ok: false, declined: error.message };
  throw error;
}

/** The small parts read, and a reader ready for each worksheet's bytes as they unpack. */
class SheetsReading {
  readonly sheetEntries: ZipEntry[];
  readonly unzipOptions: UnzipOptions;
  private readonly workbook: ReturnType<typeof prepareWorkbook>;
  private readonly streams = new Map<string, SheetStream>();
  private readonly inflated: Uint8Array[] = [];

  constructor(
    bytes: Uint8Array,
    entries: readonly ZipEntry[],
    limits: ReadLimits,
    private readonly native: NativeZip | undefined,
  ) {
    if (new Set(entries.map((entry) => entry.name)).size !== entries.length) throw new Declined('a part twice');
    if (entries.some((entry) => entry.name === 'content.xml' || /\.bin$/i.test(entry.name)))
      throw new Declined('parts of another format');
    // A part larger than its directory says is left to the checked unzip at once: a bomb is not unpacked twice.
    const index = unzipBounded(bytes, entries.filter(isIndex), { limits, declaredSizes: true });
    const names = worksheetNames(index);
    const isSheet = (entry: ZipEntry) => !entry.name.endsWith('/') && isWorksheetPart(entry.name, names);
    let used = sizeOf(index);
    const others = unzipBounded(
      bytes,
      entries.filter((entry) => !isIndex(entry) && !isSheet(entry)),
      { limits: { ...limits, inflatedBytes: limits.inflatedBytes - used }, declaredSizes: true },
    );
    used += sizeOf(others);
    const files = new Map<string, Uint8Array>();
    for (const [name, part] of [...index, ...others])
      files.set(name, /\.(xml|rels)$/i.test(name) ? decodeAstralReferences(part) : part);
    const workbook = prepareWorkbook(files);
    this.workbook = workbook;
    const order = new Map(workbook.sheets.map((sheet, position) => [sheet.path, position]));
    this.sheetEntries = entries.filter(isSheet);
    if (order.size !== workbook.sheets.length || this.sheetEntries.length !== order.size)
      throw new Declined('worksheets the workbook does not list once each');
    const totals: ReadTotals = { cells: 0, usedRangeSlots: 0 };
    this.unzipOptions = {
      limits: { ...limits, inflatedBytes: limits.inflatedBytes - used },
      keep: () => false,
      declaredSizes: true,
      ...(native ? { native } : {}),
      inflatedNatively: (part) => this.inflated.push(part),
      watch: (entry) => {
        const position = order.get(entry.name);
        if (position === undefined) throw new Declined(`the worksheet ${entry.name} the workbook does not list`);
        const stream = new SheetStream(workbook.sheets[position]!.name, workbook.context, totals, limits);
        this.streams.set(entry.name, stream);
        return (chunk) => stream.push(chunk);
      },
    };
  }

  /** Every sheet's grid, once each has had all its bytes. */
  finish(): FastRead {
    const sheets: ReadSheet[] = this.workbook.sheets.map(({ path }) => this.streams.get(path)!.finish());
    // The grids hold strings and numbers of their own, never views of the inflated bytes.
    for (const part of this.inflated) this.native!.release(part);
    return { ok: true, sheets: sheets.map((sheet) => sheet.grid), formulaCells: formulaPlaces(sheets) };
  }
}

function sizeOf(parts: ReadonlyMap<string, Uint8Array>): number {
  let size = 0;
  for (const part of parts.values()) size += part.length;
  return size;
}
