import type { Basis, Period } from '../../../model';
import type { ObservationField } from '../fields';
import type { SheetGrid, SheetProblem } from '../grid';
import type { MappingChoice, MappingEntry } from '../mapping';
import type { GivenValue, SourceRow } from '../source-row';
import type { ImportLayoutName } from './names';

/** What the user chose for the import; a reader uses what its shape does not say itself. */
export interface ReaderContext {
  /** The zone the user chose (an id or a name), for sheets that do not name one. */
  zone?: GivenValue;
  period?: Period;
  basis?: Basis;
  /** 1-based, as the user sees it: the header row just above the figures (the lower of two); detected when absent. */
  headerRow?: number;
  choices?: readonly MappingChoice[];
}

/** How well a sheet reads in a shape, and why (shown to the user: "header row 3 names months 2020年4月…"). */
export interface Detection {
  /** 0 (not this shape) … 1 (certainly this shape). */
  confidence: number;
  reason: string;
}

/** One thing a reader inferred (header rows, zone, period, a unit scale), and where it came from. */
export interface ReaderNote {
  what: 'header-rows' | 'zone' | 'period' | 'basis' | 'unit-scale' | 'indicator' | 'series';
  value: string;
  /** A place (`表1!A1`), or `title`, `header`, `option`. */
  from: string;
}

/**
 * A sheet read in one shape. Every record names its fields through columns of its row or given
 * values with their places, so that checking a record is the same for every shape.
 */
export interface LayoutReading {
  /** 0-based first header row; -1 when none was found (then `records` is empty and `problems` says why). */
  headerRow: number;
  /** How many rows the header takes (two for `4月` merged over `绝对量 | 同比增长(%)`). */
  headerRows: number;
  mapping: MappingEntry[];
  /** The fields the mapping may name for this shape (the wizard's column choices). */
  fields: readonly string[];
  records: SourceRow<ObservationField>[];
  /**
   * Problems with their places. Figures the reader saw and does not import (a column it cannot
   * map, quarterly figures that are not monthly ones) are problems with `unmapped: true`.
   */
  problems: ReaderProblem[];
  notes: ReaderNote[];
  /**
   * Cells below the header that hold no figures although they may look numeric (a period column,
   * region codes): left out of the check that every figure is either read or reported.
   */
  labelColumns: readonly number[];
  /** The zone, period and basis the whole sheet has (for the wizard's "given" fields), when one. */
  given: { zone: string | null; period: Period | null; basis: Basis | null };
}

export interface ReaderProblem extends SheetProblem {
  /** Figures in the file this reading leaves out: refused unless the user confirms leaving them out. */
  unmapped?: true;
}

/** One shape of sheet: how sure it is that a sheet has that shape, and how to read it. */
export interface LayoutReader {
  name: ImportLayoutName;
  /** Its workbook may carry Zones / Indicators sheets beside the data, imported with it (the canonical workbook). */
  withCatalogSheets?: true;
  /** Sheets of its own workbook computed from the data (an export's Metrics): no figures of their own left out. */
  derivedSheets?: readonly string[];
  detect(sheet: SheetGrid, context: ReaderContext): Detection;
  read(sheet: SheetGrid, context: ReaderContext): LayoutReading;
}
