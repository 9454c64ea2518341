import { OBSERVATION_FIELDS, OBSERVATIONS_SPEC, type ObservationField } from '../fields';
import { cellText, type SheetGrid } from '../grid';
import { detectHeaderRow, namedFields } from '../header-row';
import { readTable } from '../table';
import type { Detection, LayoutReader, LayoutReading, ReaderContext } from './reader';

/** Sheet names of the canonical workbook's data sheet, matched case-insensitively. */
export const OBSERVATIONS_SHEET_NAMES = ['observations', '数据'];

function suppliedFields(context: ReaderContext): ObservationField[] {
  return [...(context.zone ? ['zone' as const] : []), ...(context.period ? ['period' as const] : [])];
}

/**
 * A sheet named Observations (数据) is certainly one; else a header row naming zone, indicator,
 * period and a figure. A header that needs the user's zone and period and has neither a period
 * nor a value column (`指标 | 本月 | 同比增长(%)`) reads better as a release table.
 */
function detect(sheet: SheetGrid, context: ReaderContext): Detection {
  if (OBSERVATIONS_SHEET_NAMES.includes(sheet.name.normalize('NFKC').trim().toLowerCase()))
    return { confidence: 1, reason: `a sheet named ${sheet.name}` };
  const row = detectHeaderRow(OBSERVATIONS_SPEC, sheet, {
    supplied: suppliedFields(context),
    choices: context.choices,
  });
  if (row < 0) return { confidence: 0, reason: 'no header row names zone, indicator, period and value or yoy_pct' };
  const fields = namedFields(OBSERVATIONS_SPEC, sheet, row, context.choices);
  const named = [...fields].join(', ');
  if (fields.has('zone') && fields.has('period')) return { confidence: 0.9, reason: `row ${row + 1} names ${named}` };
  if (!fields.has('period') && !fields.has('value'))
    return { confidence: 0.3, reason: `row ${row + 1} names only ${named}, with the chosen zone and period` };
  return {
    confidence: 0.6,
    reason: `row ${row + 1} names ${named}, with the chosen ${suppliedFields(context).join(' and ')}`,
  };
}

function read(sheet: SheetGrid, context: ReaderContext): LayoutReading {
  const given = {
    ...(context.zone ? { zone: context.zone } : {}),
    ...(context.period ? { period: { value: context.period } } : {}),
  };
  const table = readTable(OBSERVATIONS_SPEC, sheet, { headerRow: context.headerRow, choices: context.choices, given });
  return {
    headerRow: table.headerRow,
    headerRows: 1,
    mapping: table.mapping,
    fields: OBSERVATION_FIELDS,
    records: table.records,
    problems: table.problems,
    notes: [],
    labelColumns: [],
    given: {
      zone: context.zone ? cellText(context.zone.value) : null,
      period: context.period ?? null,
      basis: context.basis ?? null,
    },
  };
}

/** Zones / Indicators / Observations sheets, one observation a row (docs/workbook.md §1). */
/** The comparison workbook's sheets computed from its Observations (docs/workbook.md §2). */
const COMPARISON_WORKBOOK_VIEWS = ['Highlights', 'Comparison', 'Metrics', 'About'];

export const canonicalReader: LayoutReader = {
  name: 'canonical',
  withCatalogSheets: true,
  derivedSheets: COMPARISON_WORKBOOK_VIEWS,
  detect,
  read,
};
