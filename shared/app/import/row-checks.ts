import {
  UNKNOWN_ZONE_MESSAGE,
  type ImportProblem,
  type IndicatorChoice,
  type IndicatorChoices,
  type UnknownIndicator,
} from '../../api/import';
import type { ImportProblemCode, ProblemParams } from '../../api/import-problem-codes';
import {
  figureProblem,
  periodProblem,
  plausibilityWarning,
  plausibleRangeText,
  type Basis,
  type HardRuleProblem,
  type Indicator,
  type Period,
  type Zone,
} from '../../model';
import {
  convertUnit,
  parseBasis,
  unitKey,
  parseNumber,
  parsePeriod,
  type ParseResult,
  type PeriodLabel,
} from '../../parse';
import {
  cellText,
  fieldPlace,
  fieldValue,
  type CellValue,
  type ObservationField,
  type SourceRow,
} from '../../workbook/read';
import { hasChinese, nameKey, newId, type EntryIndex } from './catalog-index';
import type { PlannedObservation } from './drafts';
import { PlannedRow, SheetRows } from './planned-row';

/** The import's code for each refusal of the observation rules. */
const RULE_CODES: Record<HardRuleProblem['kind'], ImportProblemCode> = {
  'negative-level': 'negative-level',
  'growth-below-minus-100': 'growth-below-minus-100',
  'future-period': 'period-future',
};

/** What checking a row needs besides the row: the catalog as the import will leave it, and defaults. */
export interface RowContext {
  zones: EntryIndex<Zone>;
  indicators: EntryIndex<Indicator>;
  brokenZones: ReadonlySet<string>;
  brokenIndicators: ReadonlySet<string>;
  /** Entries the rows imply (named in Observations, found nowhere): created on commit. */
  zonesToCreate: Map<string, Zone>;
  indicatorsToCreate: Map<string, Indicator>;
  /** The latest period a figure can have: this month. */
  latest: Period;
  source: string;
  basis: Basis;
  columnCount: number;
  /** The user confirmed creating zones the file names and the store lacks; else each is an error. */
  createZones: boolean;
  /** Per unknown indicator name: map, create or skip; without a choice it is created (and warned about). */
  indicatorChoices: IndicatorChoices;
}

/** A row's problem before its place is known: a parse error or one of the import's own. */
interface RowError {
  code: ImportProblemCode;
  params?: ProblemParams;
  message: string;
  found: string;
  expected: string;
}

/** An indicator the store lacks, as the file names it, where first named, and how many rows name it. */
export type UnknownIndicatorSeen = Omit<UnknownIndicator, 'suggestion'>;

/** `once`: the error is reported at the first row only (an unknown zone is one problem, not one per row). */
type Resolved = { ok: true; id: string } | { ok: false; error: RowError; once?: true } | { ok: false; skip: true };

/**
 * What a name resolves to among the catalog's entries of one kind, or why it cannot: ambiguous,
 * defined with errors on its sheet, or too long for a name. Null when it names nothing known.
 */
function catalogMatch(
  kind: 'zone' | 'indicator',
  text: string,
  index: EntryIndex<Zone> | EntryIndex<Indicator>,
  broken: ReadonlySet<string>,
): Resolved | null {
  const found = index.find(text);
  if (found === 'ambiguous') {
    return {
      ok: false,
      error: {
        code: `${kind}-ambiguous`,
        message: `a name more than one ${kind} has`,
        found: text,
        expected: `the ${kind}'s id`,
      },
    };
  }
  if (found) return { ok: true, id: found.id };
  const sheet = kind === 'zone' ? 'Zones' : 'Indicators';
  if (broken.has(text)) {
    return {
      ok: false,
      error: {
        code: `${kind}-defined-with-errors`,
        message: `${kind === 'zone' ? 'a zone' : 'an indicator'} the ${sheet} sheet defines with errors`,
        found: text,
        expected: `a valid row for it on the ${sheet} sheet`,
      },
    };
  }
  if (text.length > 200) {
    return {
      ok: false,
      error: {
        code: 'text-too-long',
        params: { max: 200 },
        message: `too long for ${kind === 'zone' ? 'a zone' : 'an indicator'} name`,
        found: `${text.slice(0, 40)}…`,
        expected: 'at most 200 characters',
      },
    };
  }
  return null;
}

/** A period cell read under the row's basis (`extra`, '' for none). */
const periodOf = (value: CellValue, basis: string) =>
  parsePeriod(value, { basis: basis === '' ? null : (basis as Basis) });

/** Parsed cells by `extra`, then by value (primitives as themselves, dates by their time). */
type ParseCache<T> = Map<string, { values: Map<unknown, T>; dates: Map<number, T> }>;

/** Per-import memory of what each distinct cell text resolved to: 132,000 rows name few zones and periods. */
export class RowChecker {
  private readonly zoneCache = new Map<string, Resolved>();
  private readonly indicatorCache = new Map<string, Resolved>();
  private readonly periodCache: ParseCache<ParseResult<PeriodLabel>> = new Map();
  private readonly basisCache: ParseCache<ParseResult<Basis | null>> = new Map();
  /** Errors of the row being checked. */
  private errors = 0;
  private places: SheetRows | undefined;
  /** Where each implied entry is first named: `zone|id` → the problem that tells the user. */
  private readonly firstUse = new Map<string, ImportProblem>();
  private readonly reportedOnce = new Set<Resolved>();
  /** Each unit conversion applied: `亿元→万元|indicator` → how it reads. */
  private readonly scales = new Map<string, { from: string; to: string; indicator: string; place: string }>();
  /** Indicator names the store lacks, by name as written. */
  private readonly unknownIndicators = new Map<string, UnknownIndicatorSeen>();

  constructor(private readonly context: RowContext) {}

  /** Entries the rows implied, in the order first named. */
  created(): { zones: Zone[]; indicators: Indicator[] } {
    return {
      zones: [...this.context.zonesToCreate.values()],
      indicators: [...this.context.indicatorsToCreate.values()],
    };
  }

  /** The unit conversions the rows needed (亿元 → 万元 for an indicator kept in 万元), one each. */
  unitScales(): { from: string; to: string; indicator: string; place: string }[] {
    return [...this.scales.values()];
  }

  /** The indicators the store lacks, in the order first named, with the user's choice for each. */
  unknown(): UnknownIndicatorSeen[] {
    return [...this.unknownIndicators.values()];
  }

  /** One warning per indicator whose figures the user chose to leave out. */
  skippedWarnings(): ImportProblem[] {
    return this.unknown()
      .filter((entry) => entry.choice === 'skip')
      .map((entry) => ({
        severity: 'warning',
        code: 'indicator-skipped',
        params: { name: entry.name, rows: entry.rows },
        place: entry.place,
        found: entry.name,
        message: `${entry.rows} row(s) of "${entry.name}" left out: the indicator was skipped`,
      }));
  }

  /** Rows left out because their indicator was skipped by choice (not errors). */
  skippedRows(): number {
    return this.unknown().reduce((rows, entry) => rows + (entry.choice === 'skip' ? entry.rows : 0), 0);
  }

  /** A warning at the first row that names an entry the import will create. */
  creationWarning(kind: 'zone' | 'indicator', id: string): ImportProblem | undefined {
    return this.firstUse.get(`${kind}|${id}`);
  }

  /** The row as an observation, or null; every problem of the row is pushed, not only the first. */
  check(record: SourceRow<ObservationField>, problems: ImportProblem[]): PlannedObservation | null {
    this.errors = 0;
    const zone = this.resolve('zone', record, this.zoneCache, '');
    if (!zone.ok && 'skip' in zone) return null; // zones are never skipped; this narrows the type
    if (!zone.ok && zone.once && this.reportedOnce.has(zone)) this.errors++;
    else if (!zone.ok) {
      if (zone.once) this.reportedOnce.add(zone);
      this.error(record, problems, 'zone', zone.error);
    }
    const unitText = cellText(fieldValue(record, 'unit'));
    const indicatorText = cellText(fieldValue(record, 'indicator'));
    const indicator = this.resolve('indicator', record, this.indicatorCache, unitText);
    const unknown = this.unknownIndicators.get(indicatorText);
    if (unknown) unknown.rows++;
    if (!indicator.ok && 'skip' in indicator) return null;
    if (!indicator.ok) this.error(record, problems, 'indicator', indicator.error);
    if (zone.ok) this.noteCreated('zone', zone.id, record);
    if (indicator.ok) this.noteCreated('indicator', indicator.id, record);

    const basisCell = this.cached(this.basisCache, fieldValue(record, 'basis'), parseBasis);
    if (!basisCell.ok) this.error(record, problems, 'basis', basisCell.error);
    const rowBasis = basisCell.ok ? basisCell.value : null;
    const periodValue = fieldValue(record, 'period');
    const label = this.cached(this.periodCache, periodValue, periodOf, rowBasis ?? '');
    if (!label.ok) this.error(record, problems, 'period', label.error);
    else this.ruleError(record, problems, 'period', periodProblem(label.value.period, this.context.latest));

    const value = parseNumber(fieldValue(record, 'value'));
    if (!value.ok) this.error(record, problems, 'value', value.error);
    const yoy = parseNumber(fieldValue(record, 'yoy_pct'));
    if (!yoy.ok) this.error(record, problems, 'yoy_pct', yoy.error);
    const entry = indicator.ok ? this.context.indicators.get(indicator.id) : undefined;
    if (yoy.ok && yoy.value !== null) {
      this.ruleError(record, problems, 'yoy_pct', figureProblem('yoyPct', yoy.value, { kind: 'rate' }));
      const warning = entry && plausibilityWarning(entry, yoy.value);
      if (warning) {
        problems.push({
          severity: 'warning',
          code: 'growth-implausible',
          params: { range: plausibleRangeText(entry) },
          place: fieldPlace(record, 'yoy_pct'),
          found: cellText(fieldValue(record, 'yoy_pct')),
          expected: plausibleRangeText(entry),
          message: 'growth outside the plausible range',
        });
      }
    }
    if (value.ok && yoy.ok && value.value === null && yoy.value === null) {
      this.error(record, problems, 'value', {
        code: 'row-without-figure',
        message: 'a row needs a value or a YoY %',
        found: '(not published)',
        expected: 'a value, a yoy_pct, or both',
      });
    }
    let converted = value.ok ? value.value : null;
    if (converted !== null && unitText !== '' && indicator.ok) {
      const target = this.context.indicators.get(indicator.id)?.unit ?? '';
      const result = convertUnit(converted, unitText, target);
      if (result.ok) {
        if (unitKey(target) !== '' && unitKey(unitText) !== unitKey(target))
          this.noteScale(unitText, target, indicator.id, fieldPlace(record, 'unit'));
        converted = result.value;
      } else this.error(record, problems, 'unit', result.error);
    }
    if (converted !== null && entry)
      this.ruleError(record, problems, 'value', figureProblem('value', converted, entry));
    const source = this.text(record, problems, 'source') || this.context.source;
    const note = this.text(record, problems, 'note');
    if (this.errors > 0 || !zone.ok || !indicator.ok || !label.ok || !value.ok || !yoy.ok) return null;
    const draft = {
      zoneId: zone.id,
      indicatorId: indicator.id,
      period: label.value.period,
      basis: label.value.basis ?? this.context.basis,
      value: converted,
      yoyPct: yoy.value,
      source,
      note,
    };
    return new PlannedRow(draft, this.sheetRows(record), record.row);
  }

  private error(
    record: SourceRow<ObservationField>,
    problems: ImportProblem[],
    field: ObservationField,
    parseError: RowError,
  ): void {
    this.errors++;
    problems.push({ severity: 'error', place: fieldPlace(record, field), ...parseError });
  }

  /** A refusal by the observation rules every path applies, found as the cell shows it. */
  private ruleError(
    record: SourceRow<ObservationField>,
    problems: ImportProblem[],
    field: ObservationField,
    problem: HardRuleProblem | null,
  ): void {
    if (!problem) return;
    this.error(record, problems, field, {
      code: RULE_CODES[problem.kind],
      params: problem.kind === 'future-period' ? { latest: this.context.latest } : {},
      message: problem.message,
      found: cellText(fieldValue(record, field)),
      expected: problem.expected,
    });
  }

  /** The record's sheet as its planned rows name it, made once per sheet. */
  private sheetRows(record: SourceRow<ObservationField>): SheetRows {
    if (this.places?.sheet !== record.sheet) this.places = new SheetRows(record.sheet, this.context.columnCount);
    return this.places;
  }

  private noteScale(from: string, to: string, indicator: string, place: string): void {
    const key = `${unitKey(from)}|${unitKey(to)}|${indicator}`;
    if (!this.scales.has(key)) this.scales.set(key, { from, to, indicator, place });
  }

  private text(record: SourceRow<ObservationField>, problems: ImportProblem[], field: 'source' | 'note'): string {
    const text = cellText(fieldValue(record, field));
    if (text.length <= 2000) return text;
    this.error(record, problems, field, {
      code: 'text-too-long',
      params: { max: 2000 },
      found: `${text.slice(0, 40)}…`,
      expected: 'at most 2,000 characters',
      message: 'too long',
    });
    return '';
  }

  /** `parse(value)` once per distinct value (a date by its time) and `extra`. */
  private cached<T>(
    cache: ParseCache<T>,
    value: CellValue,
    parse: (value: CellValue, extra: string) => T,
    extra = '',
  ): T {
    let byValue = cache.get(extra);
    if (!byValue) cache.set(extra, (byValue = { values: new Map(), dates: new Map() }));
    const values: Map<unknown, T> = value instanceof Date ? byValue.dates : byValue.values;
    const key = value instanceof Date ? value.getTime() : value;
    let result = values.get(key);
    if (result === undefined) {
      result = parse(value, extra);
      values.set(key, result);
    }
    return result;
  }

  private resolve(
    field: 'zone' | 'indicator',
    record: SourceRow<ObservationField>,
    cache: Map<string, Resolved>,
    /** The row's unit, for an indicator the import creates. */
    unitText: string,
  ): Resolved {
    const text = cellText(fieldValue(record, field));
    let result = cache.get(text);
    if (result === undefined) {
      result =
        text === ''
          ? {
              ok: false,
              error: {
                code: 'field-blank',
                params: { field },
                message: `no ${field}`,
                found: '(blank)',
                expected: `the ${field}'s id, English name or Chinese name`,
              },
            }
          : field === 'zone'
            ? this.zone(text)
            : this.indicator(text, unitText, record);
      cache.set(text, result);
    }
    return result;
  }

  private zone(text: string): Resolved {
    const { zones, brokenZones, zonesToCreate } = this.context;
    const known = catalogMatch('zone', text, zones, brokenZones);
    if (known) return known;
    if (!this.context.createZones) {
      return {
        ok: false,
        once: true,
        error: {
          code: 'zone-unknown',
          message: UNKNOWN_ZONE_MESSAGE,
          found: text,
          expected: 'a zone of the store (its id, name or Chinese name)',
        },
      };
    }
    const zone: Zone = {
      id: newId('zone', text, (id) => zones.has(id)),
      ...names(text),
      region: '',
      benchmarkZoneId: null,
    };
    zones.add(zone);
    zonesToCreate.set(zone.id, zone);
    return { ok: true, id: zone.id };
  }

  private indicator(text: string, unit: string, record: SourceRow<ObservationField>): Resolved {
    const { indicators, brokenIndicators, indicatorsToCreate } = this.context;
    const known = catalogMatch('indicator', text, indicators, brokenIndicators);
    if (known) return known;
    const choice = this.choiceFor(text);
    this.unknownIndicators.set(text, { name: text, place: fieldPlace(record, 'indicator'), rows: 0, choice });
    if (choice === 'skip') return { ok: false, skip: true };
    if (choice !== null && choice !== 'create') {
      if (indicators.has(choice.mapTo)) return { ok: true, id: choice.mapTo };
      return {
        ok: false,
        error: {
          code: 'indicator-mapped-to-missing',
          params: { id: choice.mapTo },
          message: `mapped to "${choice.mapTo}", an indicator the store does not have`,
          found: text,
          expected: "an existing indicator's id",
        },
      };
    }
    const indicator: Indicator = {
      id: newId('indicator', text, (id) => indicators.has(id)),
      ...names(text),
      unit: unit.slice(0, 40),
      kind: 'flow',
      parentId: null,
      required: false,
      plausibleYoyMin: null,
      plausibleYoyMax: null,
    };
    indicators.add(indicator);
    indicatorsToCreate.set(indicator.id, indicator);
    return { ok: true, id: indicator.id };
  }

  /** The user's choice for a name as written, else as compared (case, width and spaces ignored). */
  private choiceFor(text: string): IndicatorChoice | null {
    const choices = this.context.indicatorChoices;
    if (Object.hasOwn(choices, text)) return choices[text]!;
    const key = nameKey(text);
    const match = Object.keys(choices).find((name) => nameKey(name) === key);
    return match === undefined ? null : choices[match]!;
  }

  private noteCreated(kind: 'zone' | 'indicator', id: string, record: SourceRow<ObservationField>): void {
    const created = kind === 'zone' ? this.context.zonesToCreate.get(id) : this.context.indicatorsToCreate.get(id);
    if (!created || this.firstUse.has(`${kind}|${id}`)) return;
    const extra = kind === 'indicator' ? ` (kind flow, unit "${(created as Indicator).unit}")` : '';
    const code = kind === 'zone' ? 'zone-created' : 'indicator-created';
    const params: ProblemParams = kind === 'indicator' ? { id, unit: (created as Indicator).unit } : { id };
    this.firstUse.set(`${kind}|${id}`, {
      severity: 'warning',
      code,
      params,
      place: fieldPlace(record, kind),
      found: cellText(fieldValue(record, kind)),
      message: `a new ${kind}: created as "${id}"${extra}`,
    });
  }
}

/** A new entry's names: a Chinese name leaves the English one empty for the user to write. */
function names(text: string): { name: string; nameZh: string } {
  return hasChinese(text) ? { name: '', nameZh: text } : { name: text, nameZh: '' };
}
