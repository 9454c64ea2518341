import type { CatalogUpdate, ImportProblem } from '../../api/import';
import {
  aliasesOf,
  ID_PATTERN,
  INDICATOR_KINDS,
  parseAliases,
  IndicatorSchema,
  ZoneSchema,
  type Indicator,
  type IndicatorKind,
  type Zone,
} from '../../model';
import {
  cellText,
  fieldPlace,
  fieldValue,
  hasField,
  type IndicatorField,
  type ReadTable,
  type SourceRow,
  type ZoneField,
} from '../../workbook/read';
import { parseNumber } from '../../parse';
import type { EntryIndex } from './catalog-index';

/** What the Zones and Indicators sheets bring: entries to create, entries that differ from the store's. */
export interface CatalogSheetPlan<T> {
  create: Map<string, T>;
  update: Map<string, T>;
  updates: CatalogUpdate[];
  /** Ids the sheet defines with errors: observations that name them are errors, not new entries. */
  broken: Set<string>;
  places: Map<string, string>;
  /** Every bad cell of the sheet, with its place. */
  problems: ImportProblem[];
}

function emptyPlan<T>(): CatalogSheetPlan<T> {
  return { create: new Map(), update: new Map(), updates: [], broken: new Set(), places: new Map(), problems: [] };
}

const KIND_WORDS = new Map<string, IndicatorKind>([
  ['flow', 'flow'],
  ['流量', 'flow'],
  ['stock', 'stock'],
  ['存量', 'stock'],
  ['时点', 'stock'],
  ['rate', 'rate'],
  ['比率', 'rate'],
  ['比例', 'rate'],
  ['比重', 'rate'],
]);

function text<F extends string>(record: SourceRow<F>, field: F): string {
  return cellText(fieldValue(record, field));
}

function checkId<F extends string>(record: SourceRow<F>, field: F, problems: ImportProblem[]): string | null {
  const id = text(record, field);
  if (ID_PATTERN.test(id)) return id;
  problems.push({
    severity: 'error',
    place: fieldPlace(record, field),
    found: id || '(blank)',
    expected: 'an id of letters, digits, "-", "_" or "." starting with a letter or digit (at most 64)',
    message: 'not an id',
  });
  return null;
}

function checkLength<F extends string>(
  record: SourceRow<F>,
  field: F,
  max: number,
  problems: ImportProblem[],
): boolean {
  const value = text(record, field);
  if (value.length <= max) return true;
  problems.push({
    severity: 'error',
    place: fieldPlace(record, field),
    found: `${value.slice(0, 40)}…`,
    expected: `at most ${max} characters`,
    message: 'too long',
  });
  return false;
}

const YES_NO = new Map<string, boolean>([
  ['true', true],
  ['yes', true],
  ['y', true],
  ['1', true],
  ['是', true],
  ['必填', true],
  ['false', false],
  ['no', false],
  ['n', false],
  ['0', false],
  ['否', false],
  ['', false],
]);

/** A `required` cell as a boolean; undefined (with a problem) when it is neither yes nor no. */
function yesNo(record: SourceRow<IndicatorField>, problems: ImportProblem[]): boolean | undefined {
  const found = text(record, 'required');
  const value = YES_NO.get(found.toLowerCase());
  if (value === undefined)
    problems.push({
      severity: 'error',
      place: fieldPlace(record, 'required'),
      found,
      expected: 'true or false',
      message: 'not a yes or no',
    });
  return value;
}

/** A plausible-growth bound: a published number form, or blank for none. */
function bound(
  record: SourceRow<IndicatorField>,
  field: 'plausible_yoy_min' | 'plausible_yoy_max',
  problems: ImportProblem[],
): number | null | undefined {
  const result = parseNumber(fieldValue(record, field));
  if (result.ok) return result.value;
  problems.push({
    severity: 'error',
    place: fieldPlace(record, field),
    found: result.error.found,
    expected: result.error.expected,
    message: result.error.message,
  });
  return undefined;
}

function changed<T extends Zone | Indicator>(before: T, after: T): boolean {
  return comparable(before) !== comparable(after);
}

/** Key order aside, and no aliases the same as an empty list (entries stored before aliases existed). */
function comparable(entry: Zone | Indicator): string {
  const record: Record<string, unknown> = { ...entry, aliases: aliasesOf(entry) };
  return JSON.stringify(
    Object.keys(record)
      .sort()
      .map((key) => [key, record[key]]),
  );
}

/** The aliases cell, else the store's; none is no field, as entries made without aliases have. */
function aliasesCell(record: SourceRow<'aliases'>, before: Zone | Indicator | undefined): { aliases?: string[] } {
  const aliases = hasField(record, 'aliases') ? parseAliases(text(record, 'aliases')) : before ? aliasesOf(before) : [];
  return aliases.length > 0 ? { aliases } : {};
}

type EntryKind = 'zone' | 'indicator';
const WITH_ARTICLE: Record<EntryKind, string> = { zone: 'a zone', indicator: 'an indicator' };

/** The entry's name, else its Chinese name; a row with neither is a problem. */
function entryName(record: SourceRow<'name' | 'name_zh'>, kind: EntryKind, problems: ImportProblem[]): string {
  const name = text(record, 'name') || text(record, 'name_zh');
  if (name === '')
    problems.push({
      severity: 'error',
      place: fieldPlace(record, 'name'),
      found: '(blank)',
      expected: `the ${kind}'s name`,
      message: `${WITH_ARTICLE[kind]} needs a name`,
    });
  return name;
}

/** A reference to another entry (benchmark zone, parent indicator): an id or blank; anything else is a problem. */
function referenceId<F extends string>(
  record: SourceRow<F>,
  field: F,
  expected: string,
  problems: ImportProblem[],
): { id: string; ok: boolean } {
  const id = text(record, field);
  const ok = id === '' || ID_PATTERN.test(id);
  if (!ok)
    problems.push({ severity: 'error', place: fieldPlace(record, field), found: id, expected, message: 'not an id' });
  return { id, ok };
}

/** Whether an earlier row of the sheet has this id: then this row is a problem, and the id is broken. */
function usedBefore<T>(
  plan: CatalogSheetPlan<T>,
  seen: Map<string, string>,
  id: string,
  place: string,
  kind: EntryKind,
) {
  const first = seen.get(id);
  if (first === undefined) {
    seen.set(id, place);
    return false;
  }
  plan.problems.push({ severity: 'error', place, found: id, message: `${kind} id used twice (first at ${first})` });
  plan.broken.add(id);
  return true;
}

/** Rows of a Zones sheet as zones; every bad cell is a problem with its place. */
export function planZones(table: ReadTable<ZoneField> | null, existing: EntryIndex<Zone>): CatalogSheetPlan<Zone> {
  const plan = emptyPlan<Zone>();
  const { problems } = plan;
  if (!table) return plan;
  const seen = new Map<string, string>();
  for (const record of table.records) {
    const id = checkId(record, 'zone_id', problems);
    const fieldsOk = (['name', 'name_zh', 'region'] as const)
      .map((field) => checkLength(record, field, 200, problems))
      .every(Boolean);
    const name = entryName(record, 'zone', problems);
    const benchmark = referenceId(record, 'benchmark_zone_id', 'a zone id', problems);
    if (id === null) continue;
    const place = fieldPlace(record, 'zone_id');
    if (usedBefore(plan, seen, id, place, 'zone')) continue;
    const before = existing.get(id);
    const zone: Zone = {
      id,
      name,
      nameZh: hasField(record, 'name_zh') ? text(record, 'name_zh') : (before?.nameZh ?? ''),
      region: hasField(record, 'region') ? text(record, 'region') : (before?.region ?? ''),
      benchmarkZoneId: hasField(record, 'benchmark_zone_id') ? benchmark.id || null : (before?.benchmarkZoneId ?? null),
      ...aliasesCell(record, before),
    };
    if (!fieldsOk || name === '' || !benchmark.ok || !ZoneSchema.safeParse(zone).success) {
      plan.broken.add(id);
      continue;
    }
    addToPlan(plan, 'zone', zone, before, place);
  }
  return plan;
}

/** Rows of an Indicators sheet as indicators; columns the sheet lacks keep the store's values. */
export function planIndicators(
  table: ReadTable<IndicatorField> | null,
  existing: EntryIndex<Indicator>,
): CatalogSheetPlan<Indicator> {
  const plan = emptyPlan<Indicator>();
  const { problems } = plan;
  if (!table) return plan;
  const seen = new Map<string, string>();
  for (const record of table.records) {
    const id = checkId(record, 'indicator_id', problems);
    const fieldsOk =
      (['name', 'name_zh'] as const).map((field) => checkLength(record, field, 200, problems)).every(Boolean) &&
      checkLength(record, 'unit', 40, problems);
    const name = entryName(record, 'indicator', problems);
    const kindText = text(record, 'kind');
    const kind = kindText === '' ? null : (KIND_WORDS.get(kindText.toLowerCase()) ?? null);
    if (kindText !== '' && kind === null)
      problems.push({
        severity: 'error',
        place: fieldPlace(record, 'kind'),
        found: kindText,
        expected: INDICATOR_KINDS.join(', '),
        message: 'not a kind',
      });
    const parent = referenceId(record, 'parent_indicator_id', 'an indicator id', problems);
    const required = hasField(record, 'required') ? yesNo(record, problems) : false;
    const low = hasField(record, 'plausible_yoy_min') ? bound(record, 'plausible_yoy_min', problems) : null;
    const high = hasField(record, 'plausible_yoy_max') ? bound(record, 'plausible_yoy_max', problems) : null;
    if (id === null) continue;
    const place = fieldPlace(record, 'indicator_id');
    if (usedBefore(plan, seen, id, place, 'indicator')) continue;
    const before = existing.get(id);
    const indicator: Indicator = {
      id,
      name,
      nameZh: hasField(record, 'name_zh') ? text(record, 'name_zh') : (before?.nameZh ?? ''),
      unit: hasField(record, 'unit') ? text(record, 'unit') : (before?.unit ?? ''),
      kind: kind ?? before?.kind ?? 'flow',
      parentId: hasField(record, 'parent_indicator_id') ? parent.id || null : (before?.parentId ?? null),
      required: hasField(record, 'required') ? (required ?? false) : (before?.required ?? false),
      plausibleYoyMin: hasField(record, 'plausible_yoy_min') ? (low ?? null) : (before?.plausibleYoyMin ?? null),
      plausibleYoyMax: hasField(record, 'plausible_yoy_max') ? (high ?? null) : (before?.plausibleYoyMax ?? null),
      ...aliasesCell(record, before),
    };
    const badChecks = required === undefined || low === undefined || high === undefined;
    const bad = !fieldsOk || badChecks || name === '' || (kindText !== '' && kind === null) || !parent.ok;
    if (bad || !IndicatorSchema.safeParse(indicator).success) {
      plan.broken.add(id);
      continue;
    }
    addToPlan(plan, 'indicator', indicator, before, place);
  }
  return plan;
}

function addToPlan<T extends Zone | Indicator>(
  plan: CatalogSheetPlan<T>,
  kind: 'zone' | 'indicator',
  entry: T,
  before: T | undefined,
  place: string,
): void {
  plan.places.set(entry.id, place);
  if (!before) plan.create.set(entry.id, entry);
  else if (changed(before, entry)) {
    plan.update.set(entry.id, entry);
    plan.updates.push({ kind, id: entry.id, place });
  }
}
