import type { ImportOptions, ImportProblem } from '../../api/import';
import type { Basis, Period, Zone } from '../../model';
import {
  cellPlace,
  cellText,
  hasField,
  OBSERVATION_FIELDS,
  type GivenValue,
  type LayoutChoice,
  type LayoutReading,
  type MappingChoice,
  type MappingEntry,
  type ObservationField,
  type ReaderContext,
  type SheetGrid,
  type SourceRow,
} from '../../workbook/read';
import { nameKey, type EntryIndex } from './catalog-index';

/** The data sheet read as records, whichever its layout, and what the import supplied for it. */
export interface DataTable {
  /** 0-based first header row, -1 when none. */
  headerRow: number;
  headerRows: number;
  mapping: MappingEntry[];
  fields: string[];
  records: SourceRow<ObservationField>[];
  given: { zoneId: string | null; period: Period | null; basis: Basis | null };
  /** The reader's own account (null for a catalog-only workbook). */
  reading: LayoutReading | null;
  /** Where the zone came from when the sheet's title named it. */
  zoneFrom: string | null;
  /** The reader's problems (figures left out as errors unless confirmed) and a zone the sheet does not say. */
  problems: ImportProblem[];
}

/** What the user chose, as a reader takes it. */
export function readerContext(options: ImportOptions, choices: MappingChoice[]): ReaderContext {
  return {
    ...(options.zoneId !== undefined ? { zone: { value: options.zoneId } } : {}),
    ...(options.period !== undefined ? { period: options.period } : {}),
    ...(options.basis !== undefined ? { basis: options.basis } : {}),
    ...(options.headerRow !== undefined ? { headerRow: options.headerRow } : {}),
    choices,
  };
}

/**
 * Reads the data sheet with the chosen reader. Records without a zone take the one the sheet's
 * title names (a zone of the store), else they are refused: a zone is never guessed from the figures.
 * Problems of figures left out are errors unless the user confirmed leaving them out.
 */
export function readData(
  layout: LayoutChoice,
  options: ImportOptions,
  choices: MappingChoice[],
  zones: EntryIndex<Zone>,
): DataTable {
  const none = {
    headerRow: -1,
    headerRows: 1,
    mapping: [],
    fields: [...OBSERVATION_FIELDS],
    records: [],
    given: { zoneId: options.zoneId ?? null, period: options.period ?? null, basis: options.basis ?? null },
    reading: null,
    zoneFrom: null,
    problems: [],
  };
  if (!layout.reader || !layout.data) return none;
  // A zone chosen by name is read as its id; one the store lacks stays as written (created only when confirmed).
  const chosen = options.zoneId !== undefined ? zones.find(options.zoneId) : undefined;
  const zoneOption = chosen !== undefined && chosen !== 'ambiguous' ? { ...options, zoneId: chosen.id } : options;
  const reading = layout.reader.read(layout.data, readerContext(zoneOption, choices));
  const unmappedSeverity = options.skipUnmapped ? 'warning' : 'error';
  const problems: ImportProblem[] = reading.problems.map((problem) =>
    problem.unmapped ? { ...problem, severity: unmappedSeverity } : problem,
  );
  let records = reading.records;
  let zoneId = reading.given.zone;
  let zoneFrom: string | null = null;
  if (records.some((record) => !hasField(record, 'zone'))) {
    const titleZone = zoneFromTitle(layout.data, Math.max(reading.headerRow, 0), zones);
    if (titleZone) {
      records = records.map((record) =>
        hasField(record, 'zone') ? record : { ...record, given: { ...record.given, zone: titleZone } },
      );
      zoneId = cellText(titleZone.value);
      zoneFrom = titleZone.place ?? null;
    } else {
      records = records.filter((record) => hasField(record, 'zone'));
      problems.push({
        severity: 'error',
        place: layout.data.name,
        message: 'the sheet does not say its zone',
        expected: "a zone chosen for the import (its id or name), or a title that names one of the store's zones",
      });
    }
  }
  return {
    headerRow: reading.headerRow,
    headerRows: reading.headerRows,
    mapping: reading.mapping,
    fields: [...reading.fields],
    records,
    given: { zoneId, period: reading.given.period, basis: reading.given.basis ?? options.basis ?? null },
    reading,
    zoneFrom,
    problems,
  };
}

/**
 * A release's title (`2025年1-5月包头稀土高新区主要经济指标`), the rows above its header, may name
 * a zone of the store: the longest name found wins.
 */
function zoneFromTitle(grid: SheetGrid, headerRow: number, zones: EntryIndex<Zone>): GivenValue | undefined {
  let best: { zone: Zone; row: number } | null = null;
  let bestLength = 0;
  for (let row = 0; row < headerRow; row++) {
    const text = nameKey((grid.rows[row] ?? []).map((cell) => cellText(cell ?? null)).join(' '));
    if (text === '') continue;
    for (const zone of zones.all()) {
      for (const name of [zone.nameZh, zone.name]) {
        const key = nameKey(name);
        if (key.length >= 2 && key.length > bestLength && text.includes(key)) {
          best = { zone, row };
          bestLength = key.length;
        }
      }
    }
  }
  return best ? { value: best.zone.id, place: cellPlace(grid.name, best.row, 0) } : undefined;
}
