import { INDICATORS_SPEC, ZONES_SPEC, type TableSpec } from './fields';
import type { SheetGrid, SheetProblem, WorkbookGrid } from './grid';
import { detectHeaderRow } from './header-row';
import { chooseReader, LAYOUT_READERS, MIN_CONFIDENCE, type Candidate } from './layouts';
import type { ImportLayoutName } from './layouts/names';
import type { Detection, LayoutReader, ReaderContext } from './layouts/reader';

export interface LayoutChoice {
  /** Null for a workbook of Zones and Indicators sheets only: it imports the catalog. */
  layout: ImportLayoutName | null;
  reader: LayoutReader | null;
  data: SheetGrid | null;
  zones: SheetGrid | null;
  indicators: SheetGrid | null;
  detection: Detection | null;
  runnerUp: { layout: ImportLayoutName; sheet: string; detection: Detection } | null;
}

export interface LayoutOptions {
  sheet?: string;
  layout?: ImportLayoutName;
  /** What the user chose (zone, period, mapping): a reader reads the sheet with it. */
  context?: ReaderContext;
}

/** Sheet names of the canonical workbook's catalog, matched case-insensitively, English or Chinese. */
const CATALOG_SHEETS = {
  zones: ['zones', '开发区'],
  indicators: ['indicators', '指标'],
};

/**
 * The catalog sheet of that name. A sheet named 指标 that is no catalog (its header names no id)
 * but that a data reader recognises (a bureau's table of indicators) is a data sheet like any other.
 */
function named<F extends string>(workbook: WorkbookGrid, names: string[], spec: TableSpec<F>): SheetGrid | null {
  const sheet =
    workbook.sheets.find((candidate) => names.includes(candidate.name.normalize('NFKC').trim().toLowerCase())) ?? null;
  if (!sheet || detectHeaderRow(spec, sheet) >= 0) return sheet;
  const data = LAYOUT_READERS.some(
    (reader) => !reader.withCatalogSheets && reader.detect(sheet, {}).confidence >= MIN_CONFIDENCE,
  );
  return data ? null : sheet;
}

/**
 * Which sheet holds the figures and in which shape: every reader is asked about every sheet (or
 * the sheet the user chose) and the most confident wins. A workbook of Zones / Indicators sheets
 * only imports its catalog; a workbook no reader recognises is refused with one message.
 */
export function detectLayout(
  workbook: WorkbookGrid,
  options: LayoutOptions = {},
): { ok: true; value: LayoutChoice } | { ok: false; problem: SheetProblem } {
  const zones = named(workbook, CATALOG_SHEETS.zones, ZONES_SPEC);
  const indicators = named(workbook, CATALOG_SHEETS.indicators, INDICATORS_SPEC);
  let sheets: SheetGrid[];
  if (options.sheet !== undefined) {
    const data = workbook.sheets.find((sheet) => sheet.name === options.sheet);
    if (!data)
      return {
        ok: false,
        problem: {
          severity: 'error',
          code: 'no-such-sheet',
          found: options.sheet,
          expected: workbook.sheets.map((sheet) => sheet.name).join(', '),
          message: 'the file has no such sheet',
        },
      };
    sheets = [data];
  } else {
    sheets = workbook.sheets.filter((sheet) => sheet !== zones && sheet !== indicators);
  }
  const { choice, seen } = chooseReader(sheets, options.context ?? {}, options.layout);
  if (choice) {
    const { chosen, runnerUp } = choice;
    const catalog = chosen.reader.withCatalogSheets ? { zones, indicators } : { zones: null, indicators: null };
    return {
      ok: true,
      value: {
        layout: chosen.reader.name,
        reader: chosen.reader,
        data: chosen.sheet,
        ...catalog,
        detection: chosen.detection,
        runnerUp: runnerUp
          ? { layout: runnerUp.reader.name, sheet: runnerUp.sheet.name, detection: runnerUp.detection }
          : null,
      },
    };
  }
  if (options.sheet === undefined && (zones || indicators)) {
    return {
      ok: true,
      value: { layout: null, reader: null, data: null, zones, indicators, detection: null, runnerUp: null },
    };
  }
  return { ok: false, problem: unsupported(seen) };
}

/** One message for a workbook no reader recognises: what each sheet looked like, and what to do. */
function unsupported(seen: Candidate[]): SheetProblem {
  const bySheet = new Map<string, string>();
  for (const candidate of seen) {
    const known = bySheet.get(candidate.sheet.name);
    const line = `${candidate.reader.name}: ${candidate.detection.reason}`;
    bySheet.set(candidate.sheet.name, known ? `${known}; ${line}` : line);
  }
  const sheetsSeen = [...bySheet.entries()].map(([sheet, lines]) => `${sheet} (${lines})`).join(' — ');
  return {
    severity: 'error',
    found: sheetsSeen || 'no sheet with rows',
    expected: `one of the shapes Zone Stats reads (${LAYOUT_READERS.map((reader) => reader.name).join(', ')}); or choose the sheet, the layout and the header row for the import`,
    code: 'no-readable-sheet',
    message: 'no sheet reads as a table Zone Stats imports',
  };
}
