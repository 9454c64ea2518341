import type { CatalogUpdate, ImportOptions, ImportPreview, ImportProblem, ImportProfile } from '../../api/import';
import type { Catalog, Indicator, Zone } from '../../model';
import type { WorkbookCodec } from '../ports';
import { cellText, detectLayout, OBSERVATION_FIELDS, type MappingChoice, type ObservationField, type SheetGrid, type WorkbookGrid } from '../../workbook/read';
import { catalogIndexes } from './catalog-index';
import { catalogChecks, readCatalogSheets } from './catalog-plan';
import { readData } from './data-table';
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
  codec: WorkbookCodec;
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
  const read = await input.codec.readWorkbook(input.bytes, { fileName: input.fileName, sizeLimitBytes: input.sizeLimitBytes });
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
    profileReason: null,
    detection: null,
    reading: [],
    unmapped: 0,
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
