import type { ImportOptions, ImportProblem } from '../../api/import';
import type { Basis, Period, Zone } from '../../model';
import {
  BUREAU_FIELDS, cellText, OBSERVATION_FIELDS, OBSERVATIONS_SPEC, readBureauTable, readTable,
  type LayoutChoice, type MappingChoice, type MappingEntry, type ObservationField, type SheetGrid, type SourceRow,
} from '../../workbook/read';
import { nameKey, type EntryIndex } from './catalog-index';

/** The data sheet read as records, whichever its layout, and what the import supplied for it. */
export interface DataTable {
  headerRow: number;
  mapping: MappingEntry[];
  fields: string[];
  records: SourceRow<ObservationField>[];
  given: { zoneId: string | null; period: Period | null; basis: Basis | null };
}

export function readData(layout: LayoutChoice, options: ImportOptions, choices: MappingChoice[], zones: EntryIndex<Zone>, problems: ImportProblem[]): DataTable {
  const zone = options.zoneId !== undefined ? { value: options.zoneId } : undefined;
  if (options.zoneId !== undefined && !zones.has(options.zoneId)) {
    problems.push({ severity: 'error', found: options.zoneId, expected: 'a zone of the store', message: 'the chosen zone does not exist' });
  }
  if (layout.layout === 'canonical') {
    const given = { ...(zone ? { zone } : {}), ...(options.period ? { period: { value: options.period } } : {}) };
    const table = readTable(OBSERVATIONS_SPEC, layout.data, { headerRow: options.headerRow, choices, given });
    problems.push(...table.problems);
    return { headerRow: table.headerRow, mapping: table.mapping, fields: [...OBSERVATION_FIELDS], records: table.records, given: { zoneId: options.zoneId ?? null, period: options.period ?? null, basis: options.basis ?? null } };
  }
  const titleZone = zone ?? zoneFromTitle(layout.data, zones);
  const table = readBureauTable(layout.data, { headerRow: options.headerRow, choices, zone: titleZone, period: options.period });
  problems.push(...table.problems);
  if (!titleZone && table.records.length > 0) {
    problems.push({ severity: 'error', place: layout.data.name, message: 'the sheet does not say its zone', expected: 'a zone chosen for the import, or a title that names one of the store\'s zones' });
  }
  const zoneId = titleZone ? cellText(titleZone.value) : null;
  return { headerRow: table.headerRow, mapping: table.mapping, fields: [...BUREAU_FIELDS], records: titleZone ? table.records : [], given: { zoneId, period: table.period, basis: null } };
}

/** A bureau sheet's title (`2025年1-5月包头稀土高新区主要经济指标`) names its zone: the longest name found wins. */
function zoneFromTitle(grid: SheetGrid, zones: EntryIndex<Zone>): { value: string; place: string } | undefined {
  const title = grid.rows.slice(0, 10).map((row) => row.map((cell) => cellText(cell ?? null)).join(' ')).join(' ');
  const text = nameKey(title);
  let best: Zone | null = null;
  let bestLength = 0;
  for (const zone of zones.all()) {
    for (const name of [zone.nameZh, zone.name]) {
      const key = nameKey(name);
      if (key.length >= 2 && key.length > bestLength && text.includes(key)) {
        best = zone;
        bestLength = key.length;
      }
    }
  }
  return best ? { value: best.id, place: grid.name } : undefined;
}
