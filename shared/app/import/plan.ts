import type { CatalogUpdate, ImportOptions, ImportPreview, ImportProblem, ImportProfile } from '../../api/import';
import { catalogProblem, type Basis, type Catalog, type Indicator, type Period, type Zone } from '../../model';
import {
  BUREAU_FIELDS, cellText, detectLayout, INDICATORS_SPEC, OBSERVATION_FIELDS, OBSERVATIONS_SPEC, readBureauTable, readTable, readWorkbook, ZONES_SPEC,
  type LayoutChoice, type MappingChoice, type MappingEntry, type ObservationField, type SheetGrid, type SourceRow, type WorkbookGrid,
} from '../../workbook/read';
import { catalogIndexes, nameKey, type EntryIndex } from './catalog-index';
import { planIndicators, planZones } from './catalog-sheets';
import type { PlannedObservation } from './drafts';
import { removeDuplicates } from './duplicates';
import type { ImportJob } from './jobs';
import { matchProfile } from './profiles';
import { currentPeriod, RowChecker } from './row-checks';

/** Everything a preview found: what to write, what is wrong, and what the wizard shows. */
export interface ImportPlan {
  fileName: string;
  options: ImportOptions;
  summary: Omit<ImportPreview, 'token' | 'diff' | 'conflicts' | 'problems' | 'errors' | 'warnings' | 'valid' | 'zonesToCreate' | 'indicatorsToCreate' | 'catalogConflicts'>;
  planned: PlannedObservation[];
  problems: ImportProblem[];
  /** Records left out for their errors. */
  skipped: number;
  zonesToCreate: Zone[];
  indicatorsToCreate: Indicator[];
  zoneUpdates: Zone[];
  indicatorUpdates: Indicator[];
  catalogConflicts: CatalogUpdate[];
  /** Zones and indicators cannot be partly valid: an error here blocks even a valid-rows-only commit. */
  catalogBlocked: boolean;
}

export interface PlanInput {
  bytes: Uint8Array;
  fileName: string;
  options: ImportOptions;
  sizeLimitBytes: number;
  catalog: Catalog;
  profiles: readonly ImportProfile[];
  now: Date;
  job: ImportJob;
}

const SAMPLE_ROWS = 30;
const SAMPLE_COLUMNS = 60;
const CHUNK = 5_000;

export type PlanOutcome = { ok: true; plan: ImportPlan } | { ok: false; message: string };

/** Reads a file and checks every row against the catalog; touches no store. */
export async function planImport(input: PlanInput): Promise<PlanOutcome> {
  const { job } = input;
  job.stage('reading');
  await job.checkpoint();
  const read = readWorkbook(input.bytes, { fileName: input.fileName, sizeLimitBytes: input.sizeLimitBytes });
  if (!read.ok) return { ok: false, message: read.message };
  await job.checkpoint();
  const { workbook } = read;
  const profile = chooseProfile(workbook, input);
  const options = withProfile(input.options, profile);
  const choices: MappingChoice[] = options.mapping ?? [];
  const supplied: ObservationField[] = [...(options.zoneId ? ['zone' as const] : []), ...(options.period ? ['period' as const] : [])];
  const problems: ImportProblem[] = formulaWarnings(workbook);
  const layout = detectLayout(workbook, { sheet: options.sheet, layout: options.layout, supplied, choices });
  const base = {
    fileName: input.fileName,
    format: workbook.format,
    encoding: workbook.encoding,
    sheets: workbook.sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows.length, columns: sheet.columnCount })),
    profile: profile?.name ?? null,
  };
  if (!layout.ok) {
    problems.push(layout.problem);
    const first = workbook.sheets[0]!;
    return {
      ok: true,
      plan: emptyPlan(input, options, problems, {
        ...base, layout: null, sheet: first.name, headerRow: null, mapping: [], fields: [...OBSERVATION_FIELDS], sample: sample(first), given: { zoneId: null, period: null, basis: options.basis ?? null }, rows: 0,
      }),
    };
  }
  const { zones, indicators } = catalogIndexes(input.catalog);
  const catalogPlan = readCatalogSheets(layout.value, zones, indicators, problems);
  const table = readData(layout.value, options, choices, zones, problems);
  const checker = new RowChecker({
    zones,
    indicators,
    brokenZones: catalogPlan.zones.broken,
    brokenIndicators: catalogPlan.indicators.broken,
    zonesToCreate: new Map(),
    indicatorsToCreate: new Map(),
    latest: currentPeriod(input.now),
    source: options.source ?? '',
    basis: options.basis ?? 'month',
    columnCount: layout.value.data.columnCount,
  });
  job.stage('checking', table.records.length);
  await job.checkpoint();
  const planned: PlannedObservation[] = [];
  let skipped = 0;
  for (let index = 0; index < table.records.length; index++) {
    if (index % CHUNK === 0 && index > 0) {
      job.advance(index);
      await job.checkpoint();
    }
    const checked = checker.check(table.records[index]!, problems);
    if (checked) planned.push(checked);
    else skipped++;
  }
  job.advance(table.records.length);
  const { kept, rejected } = removeDuplicates(planned, problems);
  // Entries only rows with errors named are not created.
  const implied = checker.created();
  const usedZones = new Set(kept.map((item) => item.draft.zoneId));
  const usedIndicators = new Set(kept.map((item) => item.draft.indicatorId));
  const impliedZones = implied.zones.filter((zone) => usedZones.has(zone.id));
  const impliedIndicators = implied.indicators.filter((indicator) => usedIndicators.has(indicator.id));
  for (const zone of impliedZones) problems.push(checker.creationWarning('zone', zone.id)!);
  for (const indicator of impliedIndicators) problems.push(checker.creationWarning('indicator', indicator.id)!);
  const zonesToCreate = [...catalogPlan.zones.create.values(), ...impliedZones];
  const indicatorsToCreate = [...catalogPlan.indicators.create.values(), ...impliedIndicators];
  const catalogBlocked = catalogChecks(input.catalog, catalogPlan, zonesToCreate, indicatorsToCreate, layout.value, problems);
  return {
    ok: true,
    plan: {
      fileName: input.fileName,
      options,
      summary: { ...base, layout: layout.value.layout, sheet: layout.value.data.name, headerRow: table.headerRow >= 0 ? table.headerRow + 1 : null, mapping: table.mapping, fields: table.fields, sample: sample(layout.value.data), given: table.given, rows: table.records.length },
      planned: kept,
      problems: sortProblems(problems),
      skipped: skipped + rejected,
      zonesToCreate,
      indicatorsToCreate,
      zoneUpdates: [...catalogPlan.zones.update.values()],
      indicatorUpdates: [...catalogPlan.indicators.update.values()],
      catalogConflicts: [...catalogPlan.zones.updates, ...catalogPlan.indicators.updates],
      catalogBlocked,
    },
  };
}

function chooseProfile(workbook: WorkbookGrid, input: PlanInput): ImportProfile | null {
  if (input.options.noProfile) return null;
  if (input.options.profile !== undefined) return input.profiles.find((profile) => profile.name === input.options.profile) ?? null;
  if (input.options.mapping !== undefined) return null;
  return matchProfile(workbook, input.profiles);
}

/** The user's options win over the profile's. */
function withProfile(options: ImportOptions, profile: ImportProfile | null): ImportOptions {
  if (!profile) return options;
  return {
    ...options,
    layout: options.layout ?? profile.layout,
    sheet: options.sheet ?? profile.sheet,
    headerRow: options.headerRow ?? profile.headerRow,
    mapping: options.mapping ?? profile.mapping,
    zoneId: options.zoneId ?? profile.zoneId,
    source: options.source ?? profile.source,
  };
}

function formulaWarnings(workbook: WorkbookGrid): ImportProblem[] {
  return workbook.formulaCells.slice(0, 20).map((place) => ({
    severity: 'warning' as const,
    place,
    message: 'a formula cell: its last computed value was taken; the formula was not run',
  }));
}

function readCatalogSheets(layout: LayoutChoice, zones: EntryIndex<Zone>, indicators: EntryIndex<Indicator>, problems: ImportProblem[]) {
  const zoneTable = layout.zones ? readTable(ZONES_SPEC, layout.zones) : null;
  const indicatorTable = layout.indicators ? readTable(INDICATORS_SPEC, layout.indicators) : null;
  problems.push(...(zoneTable?.problems ?? []), ...(indicatorTable?.problems ?? []));
  const zonePlan = planZones(zoneTable, zones, problems);
  const indicatorPlan = planIndicators(indicatorTable, indicators, problems);
  for (const zone of [...zonePlan.create.values(), ...zonePlan.update.values()]) zones.add(zone);
  for (const indicator of [...indicatorPlan.create.values(), ...indicatorPlan.update.values()]) indicators.add(indicator);
  return { zones: zonePlan, indicators: indicatorPlan };
}

interface DataTable {
  headerRow: number;
  mapping: MappingEntry[];
  fields: string[];
  records: SourceRow<ObservationField>[];
  given: { zoneId: string | null; period: Period | null; basis: Basis | null };
}

function readData(layout: LayoutChoice, options: ImportOptions, choices: MappingChoice[], zones: EntryIndex<Zone>, problems: ImportProblem[]): DataTable {
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

function catalogChecks(
  before: Catalog, plan: ReturnType<typeof readCatalogSheets>, zonesToCreate: Zone[], indicatorsToCreate: Indicator[], layout: LayoutChoice, problems: ImportProblem[],
): boolean {
  const after = catalogAfter(before, zonesToCreate, indicatorsToCreate, [...plan.zones.update.values()], [...plan.indicators.update.values()]);
  const problem = catalogProblem(after);
  if (problem) problems.push({ severity: 'error', place: layout.zones?.name ?? layout.indicators?.name ?? layout.data.name, message: `the zones and indicators would not be consistent: ${problem}` });
  const broken = plan.zones.broken.size + plan.indicators.broken.size;
  return problem !== null || broken > 0;
}

/** The catalog the import would leave. */
export function catalogAfter(before: Catalog, zonesToCreate: readonly Zone[], indicatorsToCreate: readonly Indicator[], zoneUpdates: readonly Zone[], indicatorUpdates: readonly Indicator[]): Catalog {
  const zoneUpdate = new Map(zoneUpdates.map((zone) => [zone.id, zone]));
  const indicatorUpdate = new Map(indicatorUpdates.map((indicator) => [indicator.id, indicator]));
  return {
    zones: [...before.zones.map((zone) => zoneUpdate.get(zone.id) ?? zone), ...zonesToCreate],
    indicators: [...before.indicators.map((indicator) => indicatorUpdate.get(indicator.id) ?? indicator), ...indicatorsToCreate],
  };
}

function sample(grid: SheetGrid): string[][] {
  return grid.rows.slice(0, SAMPLE_ROWS).map((row) => Array.from({ length: Math.min(grid.columnCount, SAMPLE_COLUMNS) }, (_, column) => cellText(row[column] ?? null)));
}

function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  return [...problems.filter((problem) => problem.severity === 'error'), ...problems.filter((problem) => problem.severity === 'warning')];
}

function emptyPlan(input: PlanInput, options: ImportOptions, problems: ImportProblem[], summary: ImportPlan['summary']): ImportPlan {
  return {
    fileName: input.fileName, options, summary, planned: [], problems: sortProblems(problems), skipped: 0,
    zonesToCreate: [], indicatorsToCreate: [], zoneUpdates: [], indicatorUpdates: [], catalogConflicts: [], catalogBlocked: true,
  };
}
