import { zipSync, type Zippable } from 'fflate';
import { decodeAstralReferences } from './astral-references';
import { unzipBounded } from './bounded-unzip';
import { printable } from '../../model';
import { checkXlsbCells } from './binary-cells';
import { OdsScan } from './ods-scan';
import { cellPlace } from './places';
import { READ_LIMITS, ReadLimitError, type ReadLimits } from './read-limits';
import { isWorksheetPart, worksheetNames } from './sheet-paths';
import { WorksheetScan } from './worksheet-scan';
import type { ZipEntry } from './zip-directory';

/** The parts, astral references decoded; `pack()` makes the uncompressed ZIP SheetJS reads. */
export type CheckedZip =
  { ok: true; files: ReadonlyMap<string, Uint8Array>; pack(): Uint8Array } | { ok: false; message: string };

const FORMULA_WITHOUT_RESULT = 'a formula with no saved result: open and save the file in Excel, or type the figure';

/**
 * A ZIP workbook unpacked within the limits, its cells counted and its sheets checked, then packed
 * again uncompressed for SheetJS (or read by fast-xlsx.ts): either only ever sees bytes whose real size is known. On the
 * way, references to characters beyond U+FFFF are decoded (SheetJS truncates them), and a formula
 * with no saved result (which SheetJS drops without a trace) refuses the file at its place.
 */
export function checkZipWorkbook(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  limits: ReadLimits = READ_LIMITS,
): CheckedZip {
  const totals = { cells: 0, usedRangeSlots: 0 };
  const scans: { entry: string; scan: WorksheetScan }[] = [];
  let files: Map<string, Uint8Array>;
  let names: Map<string, string>;
  const missing: string[] = [];
  try {
    // The workbook and its relationships first, so that a limit reached in a sheet names the sheet.
    const isIndex = (entry: ZipEntry) =>
      entry.name === 'xl/workbook.xml' || entry.name === 'xl/_rels/workbook.xml.rels';
    const index = unzipBounded(bytes, entries.filter(isIndex), { limits });
    names = worksheetNames(index);
    const used = [...index.values()].reduce((total, part) => total + part.length, 0);
    files = unzipBounded(
      bytes,
      entries.filter((entry) => !isIndex(entry)),
      {
        limits: { ...limits, inflatedBytes: limits.inflatedBytes - used },
        watch(entry) {
          if (entry.name === 'content.xml') {
            const ods = new OdsScan(limits);
            return (chunk) => ods.push(chunk);
          }
          if (!isWorksheetPart(entry.name, names)) return null;
          const scan = new WorksheetScan(printable(names.get(entry.name) ?? entry.name), totals, limits);
          scans.push({ entry: entry.name, scan });
          return (chunk) => scan.push(chunk);
        },
      },
    );
    for (const [name, part] of index) files.set(name, part);
    for (const [name, part] of files)
      if (/^xl\/worksheets\/[^/]+\.bin$/i.test(name)) checkXlsbCells(part, printable(name), limits);
    for (const { entry, scan } of scans) {
      for (const { row, column } of scan.finish().formulasWithoutResult)
        missing.push(cellPlace(printable(names.get(entry) ?? entry), row, column));
    }
  } catch (error) {
    if (error instanceof ReadLimitError) return { ok: false, message: error.message };
    throw error;
  }
  if (missing.length > 0)
    return {
      ok: false,
      message: `${missing.slice(0, 20).join(', ')}${missing.length > 20 ? ` and ${missing.length - 20} more` : ''}: ${FORMULA_WITHOUT_RESULT}`,
    };
  const decoded = new Map<string, Uint8Array>();
  for (const [name, content] of files)
    decoded.set(name, /\.(xml|rels)$/i.test(name) ? decodeAstralReferences(content) : content);
  return {
    ok: true,
    files: decoded,
    pack() {
      const stored: Zippable = {};
      for (const [name, content] of decoded) stored[name] = [content, { level: 0 }];
      return zipSync(stored);
    },
  };
}
