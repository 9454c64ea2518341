import type { CatalogUpdate, ImportProblem } from '../../api/import';
import { ID_PATTERN, INDICATOR_KINDS, IndicatorSchema, ZoneSchema, type Indicator, type IndicatorKind, type Zone } from '../../model';
import { cellText, fieldPlace, fieldValue, hasField, type IndicatorField, type ReadTable, type SourceRow, type ZoneField } from '../../workbook/read';
import type { EntryIndex } from './catalog-index';

/** What the Zones and Indicators sheets bring: entries to create, entries that differ from the store's. */
export interface CatalogSheetPlan<T> {
  create: Map<string, T>;
  update: Map<string, T>;
  updates: CatalogUpdate[];
  /** Ids the sheet defines with errors: observations that name them are errors, not new entries. */
  broken: Set<string>;
  places: Map<string, string>;
}

function emptyPlan<T>(): CatalogSheetPlan<T> {
  return { create: new Map(), update: new Map(), updates: [], broken: new Set(), places: new Map() };
}

const KIND_WORDS = new Map<string, IndicatorKind>([
  ['flow', 'flow'], ['流量', 'flow'], ['stock', 'stock'], ['存量', 'stock'], ['时点', 'stock'], ['rate', 'rate'], ['比率', 'rate'], ['比例', 'rate'], ['比重', 'rate'],
]);

function text<F extends string>(record: SourceRow<F>, field: F): string {
  return cellText(fieldValue(record, field));
}

function checkId<F extends string>(record: SourceRow<F>, field: F, problems: ImportProblem[]): string | null {
  const id = text(record, field);
  if (ID_PATTERN.test(id)) return id;
  problems.push({ severity: 'error', place: fieldPlace(record, field), found: id || '(blank)', expected: 'an id of letters, digits, "-", "_" or "." starting with a letter or digit (at most 64)', message: 'not an id' });
  return null;
}

function checkLength<F extends string>(record: SourceRow<F>, field: F, max: number, problems: ImportProblem[]): boolean {
  const value = text(record, field);
  if (value.length <= max) return true;
  problems.push({ severity: 'error', place: fieldPlace(record, field), found: `${value.slice(0, 40)}…`, expected: `at most ${max} characters`, message: 'too long' });
  return false;
}

function changed<T extends object>(before: T, after: T): boolean {
  return JSON.stringify(before) !== JSON.stringify(after);
}

/** Rows of a Zones sheet as zones; every bad cell is a problem with its place. */
export function planZones(table: ReadTable<ZoneField> | null, existing: EntryIndex<Zone>, problems: ImportProblem[]): CatalogSheetPlan<Zone> {
  const plan = emptyPlan<Zone>();
  if (!table) return plan;
  const seen = new Map<string, string>();
  for (const record of table.records) {
    const id = checkId(record, 'zone_id', problems);
    const fieldsOk = (['name', 'name_zh', 'region'] as const).map((field) => checkLength(record, field, 200, problems)).every(Boolean);
    const name = text(record, 'name') || text(record, 'name_zh');
    if (name === '') problems.push({ severity: 'error', place: fieldPlace(record, 'name'), found: '(blank)', expected: 'the zone\'s name', message: 'a zone needs a name' });
    const benchmark = text(record, 'benchmark_zone_id');
    if (benchmark !== '' && !ID_PATTERN.test(benchmark)) problems.push({ severity: 'error', place: fieldPlace(record, 'benchmark_zone_id'), found: benchmark, expected: 'a zone id', message: 'not an id' });
    if (id === null) continue;
    const place = fieldPlace(record, 'zone_id');
    if (seen.has(id)) {
      problems.push({ severity: 'error', place, found: id, message: `zone id used twice (first at ${seen.get(id)})` });
      plan.broken.add(id);
      continue;
    }
    seen.set(id, place);
    const before = existing.get(id);
    const zone: Zone = {
      id,
      name,
      nameZh: hasField(record, 'name_zh') ? text(record, 'name_zh') : (before?.nameZh ?? ''),
      region: hasField(record, 'region') ? text(record, 'region') : (before?.region ?? ''),
      benchmarkZoneId: hasField(record, 'benchmark_zone_id') ? benchmark || null : (before?.benchmarkZoneId ?? null),
    };
    if (!fieldsOk || name === '' || !ZoneSchema.safeParse(zone).success || (benchmark !== '' && !ID_PATTERN.test(benchmark))) {
      plan.broken.add(id);
      continue;
    }
    addToPlan(plan, 'zone', zone, before, place);
  }
  return plan;
}

/** Rows of an Indicators sheet as indicators; columns the sheet lacks keep the store's values. */
export function planIndicators(table: ReadTable<IndicatorField> | null, existing: EntryIndex<Indicator>, problems: ImportProblem[]): CatalogSheetPlan<Indicator> {
  const plan = emptyPlan<Indicator>();
  if (!table) return plan;
  const seen = new Map<string, string>();
  for (const record of table.records) {
    const id = checkId(record, 'indicator_id', problems);
    const fieldsOk = (['name', 'name_zh'] as const).map((field) => checkLength(record, field, 200, problems)).every(Boolean) && checkLength(record, 'unit', 40, problems);
    const name = text(record, 'name') || text(record, 'name_zh');
    if (name === '') problems.push({ severity: 'error', place: fieldPlace(record, 'name'), found: '(blank)', expected: 'the indicator\'s name', message: 'an indicator needs a name' });
    const kindText = text(record, 'kind');
    const kind = kindText === '' ? null : (KIND_WORDS.get(kindText.toLowerCase()) ?? null);
    if (kindText !== '' && kind === null) problems.push({ severity: 'error', place: fieldPlace(record, 'kind'), found: kindText, expected: INDICATOR_KINDS.join(', '), message: 'not a kind' });
    const parent = text(record, 'parent_indicator_id');
    if (parent !== '' && !ID_PATTERN.test(parent)) problems.push({ severity: 'error', place: fieldPlace(record, 'parent_indicator_id'), found: parent, expected: 'an indicator id', message: 'not an id' });
    if (id === null) continue;
    const place = fieldPlace(record, 'indicator_id');
    if (seen.has(id)) {
      problems.push({ severity: 'error', place, found: id, message: `indicator id used twice (first at ${seen.get(id)})` });
      plan.broken.add(id);
      continue;
    }
    seen.set(id, place);
    const before = existing.get(id);
    const indicator: Indicator = {
      id,
      name,
      nameZh: hasField(record, 'name_zh') ? text(record, 'name_zh') : (before?.nameZh ?? ''),
      unit: hasField(record, 'unit') ? text(record, 'unit') : (before?.unit ?? ''),
      kind: kind ?? before?.kind ?? 'flow',
      parentId: hasField(record, 'parent_indicator_id') ? parent || null : (before?.parentId ?? null),
      required: before?.required ?? false,
      plausibleYoyMin: before?.plausibleYoyMin ?? null,
      plausibleYoyMax: before?.plausibleYoyMax ?? null,
    };
    const bad = !fieldsOk || name === '' || (kindText !== '' && kind === null) || (parent !== '' && !ID_PATTERN.test(parent));
    if (bad || !IndicatorSchema.safeParse(indicator).success) {
      plan.broken.add(id);
      continue;
    }
    addToPlan(plan, 'indicator', indicator, before, place);
  }
  return plan;
}

function addToPlan<T extends Zone | Indicator>(plan: CatalogSheetPlan<T>, kind: 'zone' | 'indicator', entry: T, before: T | undefined, place: string): void {
  plan.places.set(entry.id, place);
  if (!before) plan.create.set(entry.id, entry);
  else if (changed(before, entry)) {
    plan.update.set(entry.id, entry);
    plan.updates.push({ kind, id: entry.id, place });
  }
}
