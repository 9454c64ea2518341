import { detectBureauHeaderRow } from './bureau-table';
import { OBSERVATIONS_SPEC, type ObservationField } from './fields';
import type { SheetGrid, SheetProblem, WorkbookGrid } from './grid';
import { detectHeaderRow, namedFields } from './header-row';
import type { MappingChoice } from './mapping';

import type { ImportLayoutName } from './layouts/names';

type ImportLayout = ImportLayoutName;

export interface LayoutChoice {
  layout: ImportLayout;
  data: SheetGrid;
  zones: SheetGrid | null;
  indicators: SheetGrid | null;
}

export interface LayoutOptions {
  sheet?: string;
  layout?: ImportLayout;
  /** Fields the user supplies (zone, period), so the sheet need not have their columns. */
  supplied?: readonly ObservationField[];
  choices?: readonly MappingChoice[];
}

/** Sheet names of the canonical workbook, matched case-insensitively, English or Chinese. */
const SHEET_NAMES = {
  observations: ['observations', '数据'],
  zones: ['zones', '开发区'],
  indicators: ['indicators', '指标'],
};

function named(workbook: WorkbookGrid, names: string[]): SheetGrid | null {
  return workbook.sheets.find((sheet) => names.includes(sheet.name.normalize('NFKC').trim().toLowerCase())) ?? null;
}

/**
 * A header row may read both ways once the user supplies the zone and period (`指标 | 本月 |
 * 比上年同期增长(%)` names an indicator and a growth column): without a period or value column of
 * its own, a sheet whose columns are months is a bureau table.
 */
function layoutOf(grid: SheetGrid, options: LayoutOptions): ImportLayout | null {
  const canonicalRow = detectHeaderRow(OBSERVATIONS_SPEC, grid, { supplied: options.supplied, choices: options.choices });
  const bureauRow = detectBureauHeaderRow(grid);
  if (canonicalRow < 0) return bureauRow >= 0 ? 'release-table' : null;
  const fields = namedFields(OBSERVATIONS_SPEC, grid, canonicalRow, options.choices);
  return bureauRow >= 0 && !fields.has('period') && !fields.has('value') ? 'release-table' : 'canonical';
}

/**
 * Which sheet holds the figures and how they are laid out: the user's choice, else a sheet named
 * Observations (数据) with Zones / Indicators beside it, else the first sheet whose header row
 * reads as canonical, else the first that reads as a bureau table.
 */
export function detectLayout(workbook: WorkbookGrid, options: LayoutOptions = {}): { ok: true; value: LayoutChoice } | { ok: false; problem: SheetProblem } {
  const zones = named(workbook, SHEET_NAMES.zones);
  const indicators = named(workbook, SHEET_NAMES.indicators);
  const canonical = (data: SheetGrid): LayoutChoice => ({ layout: 'canonical', data, zones, indicators });
  if (options.sheet !== undefined) {
    const data = workbook.sheets.find((sheet) => sheet.name === options.sheet);
    if (!data) return { ok: false, problem: { severity: 'error', found: options.sheet, expected: workbook.sheets.map((sheet) => sheet.name).join(', '), message: 'the file has no such sheet' } };
    const layout = options.layout ?? layoutOf(data, options) ?? 'canonical';
    return { ok: true, value: layout === 'canonical' ? canonical(data) : { layout, data, zones: null, indicators: null } };
  }
  const observations = named(workbook, SHEET_NAMES.observations);
  if (observations && options.layout !== 'release-table') return { ok: true, value: canonical(observations) };
  for (const wanted of options.layout ? [options.layout] : (['canonical', 'release-table'] as const)) {
    const data = workbook.sheets.find((sheet) => sheet !== zones && sheet !== indicators && layoutOf(sheet, options) === wanted);
    if (data) return { ok: true, value: wanted === 'canonical' ? canonical(data) : { layout: 'release-table', data, zones: null, indicators: null } };
  }
  return {
    ok: false,
    problem: {
      severity: 'error',
      found: workbook.sheets.map((sheet) => sheet.name).join(', '),
      expected: 'a sheet Observations (数据) with columns zone, indicator, period, value or yoy_pct; or a bureau table with columns such as 指标名称 | 5月 | 1-5月 | 同比增长(%)',
      message: zones || indicators ? 'the workbook has no Observations (数据) sheet' : 'no sheet reads as an import: no header row names the figures',
    },
  };
}
