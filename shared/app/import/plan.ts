import type { CatalogUpdate, ImportOptions, ImportPreview, ImportProblem, ImportProfile } from '../../api/import';
import { currentPeriod, type Catalog, type Indicator, type Zone } from '../../model';
import type { WorkbookCodec } from '../ports';
import {
  cellText,
  detectLayout,
  OBSERVATION_FIELDS,
  sheetRef,
  type MappingChoice,
  type SheetGrid,
  type WorkbookGrid,
} from '../../workbook/read';
import { catalogIndexes } from './catalog-index';
import { catalogChecks, readCatalogSheets } from './catalog-plan';
import { readData, readerContext } from './data-table';
import { detectionOf, readingNotes } from './reading-notes';
import { otherSheetsWithFigures, unreadFigures } from './unread-figures';
import type { PlannedObservation } from './drafts';
import { removeDuplicates } from './duplicates';
import type { JobProgress } from './jobs';
import { matchProfile } from './profiles';
import { suggestIndicator } from './indicator-suggestion';
import { RowChecker } from './row-checks';

/** Everything a preview found: what to write, what is wrong, and what the wizard shows. */
export interface ImportPlan {
  fileName: string;
  options: ImportOptions;
  summary: Omit<
    ImportPreview,
    | 'token'
    | 'diff'
    | 'conflicts'
    | 'problems'
    | 'errors'
    | 'warnings'
    | 'valid'
    | 'zonesToCreate'
    | 'indicatorsToCreate'
    | 'catalogConflicts'
  >;
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
  /** The source of a figure neither its row, the options nor the store name: the file (and its sheet). */
  fileSource: string;
}

export interface PlanInput {
  bytes: Uint8Array;
  fileName: string;
  options: ImportOptions;
  sizeLimitBytes: number;
  catalog: Catalog;
  profiles: readonly ImportProfile[];
  now: Date;
  job: JobProgress;
  codec: WorkbookCodec;
}

/** What planning needs besides its progress and its reader: all of it plain data, for the reading worker. */
export type PlanRequest = Omit<PlanInput, 'job' | 'codec'>;

const SAMPLE_ROWS = 30;
const SAMPLE_COLUMNS = 60;
const CHUNK = 5_000;

export type PlanOutcome = { ok: true; plan: ImportPlan } | { ok: false; message: string };

/** Reads a file and checks every row against the catalog; touches no store. */
export async function planImport(input: PlanInput): Promise<PlanOutcome> {
  const { job } = input;
  job.stage('reading');
  await job.checkpoint();
  const read = await input.codec.readWorkbook(input.bytes, {
    fileName: input.fileName,
    sizeLimitBytes: input.sizeLimitBytes,
  });
  if (!read.ok) return { ok: false, message: read.message };
  await job.checkpoint();
  const { workbook } = read;
  const problems: ImportProblem[] = [];
  const { profile, reason: profileReason } = chooseProfile(workbook, input, problems);
  const options = withProfile(input.options, profile);
  const choices: MappingChoice[] = options.mapping ?? [];
  const layout = detectLayout(workbook, {
    sheet: options.sheet,
    layout: options.layout,
    context: readerContext(options, choices),
  });
  const base = {
    fileName: input.fileName,
    format: workbook.format,
    encoding: workbook.encoding,
    sheets: workbook.sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows.length, columns: sheet.columnCount })),
    profile: profile?.name ?? null,
    profileReason,
    detection: null,
    reading: [],
    unmapped: 0,
    unknownIndicators: [],
  };
  if (!layout.ok) {
    problems.push(layout.problem);
    const first = workbook.sheets[0]!;
    return {
      ok: true,
      plan: emptyPlan(input, options, problems, {
        ...base,
        layout: null,
        sheet: first.name,
        headerRow: null,
        mapping: [],
        fields: [...OBSERVATION_FIELDS],
        sample: sample(first),
        given: { zoneId: null, period: null, basis: options.basis ?? null },
        rows: 0,
      }),
    };
  }
  const choice = layout.value;
  const imported = new Set([choice.data, choice.zones, choice.indicators].filter((sheet) => sheet !== null));
  problems.push(...formulaWarnings(workbook, imported));
  const { zones, indicators } = catalogIndexes(input.catalog);
  const catalogPlan = readCatalogSheets(choice, zones, indicators);
  const table = readData(choice, options, choices, zones);
  // A loop, not a spread: a large sheet's problems would overflow the call's arguments.
  for (const problem of [catalogPlan.problems, table.problems].flat()) problems.push(problem);
  // A reading refused outright (no period, no header) already says why; its figures are not listed one by one.
  const refused =
    table.records.length === 0 &&
    (table.reading?.problems.some((problem) => problem.severity === 'error' && !problem.unmapped) ?? false);
  const unread =
    choice.data && table.reading && !refused
      ? unreadFigures(choice.data, table.reading, options.skipUnmapped ? 'warning' : 'error')
      : { problems: [], figures: 0 };
  const derived = new Set(choice.reader?.derivedSheets ?? []);
  const leftAlone = workbook.sheets.filter((sheet) => !imported.has(sheet) && !derived.has(sheet.name));
  problems.push(...unread.problems, ...otherSheetsWithFigures(leftAlone));
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
    columnCount: choice.data?.columnCount ?? 0,
    createZones: options.createZones ?? false,
    indicatorChoices: options.indicatorChoices ?? {},
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
  // Rows of a skipped indicator are left out by choice, not for errors: reported once per indicator.
  skipped -= checker.skippedRows();
  problems.push(...checker.skippedWarnings());
  if (choice.data && table.records.length === 0 && !problems.some((problem) => problem.severity === 'error')) {
    problems.push({
      severity: 'error',
      code: 'no-figures',
      place: choice.data.name,
      message: 'no figures in the file',
      expected: 'rows of figures below the header row',
    });
  }
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
  const { blocked: catalogBlocked, problems: catalogProblems } = catalogChecks(
    input.catalog,
    catalogPlan,
    zonesToCreate,
    indicatorsToCreate,
    choice,
  );
  problems.push(...catalogProblems);
  const summary = {
    ...base,
    layout: choice.layout,
    sheet: choice.data?.name ?? choice.zones?.name ?? choice.indicators?.name ?? null,
    headerRow: table.headerRow >= 0 ? table.headerRow + table.headerRows : null,
    mapping: table.mapping,
    fields: table.fields,
    sample: sample(choice.data ?? choice.zones ?? choice.indicators ?? workbook.sheets[0]!),
    given: table.given,
    rows: table.records.length,
    detection: detectionOf(choice),
    reading: readingNotes(choice, table, options, profile, profileReason, checker.unitScales()),
    unmapped: unread.figures + (table.reading?.problems.filter((problem) => problem.unmapped).length ?? 0),
    unknownIndicators: checker.unknown().map((entry) => {
      const suggestion = suggestIndicator(entry.name, input.catalog.indicators);
      return {
        ...entry,
        suggestion: suggestion && { id: suggestion.id, name: suggestion.name, nameZh: suggestion.nameZh },
      };
    }),
  };
  return {
    ok: true,
    plan: {
      fileName: input.fileName,
      options,
      summary,
      planned: kept,
      problems: sortProblems(problems),
      skipped: skipped + rejected,
      zonesToCreate,
      indicatorsToCreate,
      zoneUpdates: [...catalogPlan.zones.update.values()],
      indicatorUpdates: [...catalogPlan.indicators.update.values()],
      catalogConflicts: [...catalogPlan.zones.updates, ...catalogPlan.indicators.updates],
      catalogBlocked,
      // A file with a source column gives each figure its source, a blank one included: the file stands in only without one.
      fileSource: table.mapping.some((entry) => entry.field === 'source')
        ? ''
        : sourceOf(input.fileName, choice.data?.name ?? null, workbook.sheets.length),
    },
  };
}

/** A profile applies only when named, or when the file has every header it maps (its fingerprint). */
function chooseProfile(
  workbook: WorkbookGrid,
  input: PlanInput,
  problems: ImportProblem[],
): { profile: ImportProfile | null; reason: 'named' | 'fingerprint' | null } {
  if (input.options.noProfile) return { profile: null, reason: null };
  if (input.options.profile !== undefined) {
    const profile = input.profiles.find((saved) => saved.name === input.options.profile) ?? null;
    if (!profile)
      problems.push({
        severity: 'error',
        code: 'profile-unknown',
        found: input.options.profile,
        expected: input.profiles.map((saved) => saved.name).join(', ') || 'a saved profile',
        message: 'no saved profile has this name',
      });
    return { profile, reason: profile ? 'named' : null };
  }
  if (input.options.mapping !== undefined) return { profile: null, reason: null };
  const profile = matchProfile(workbook, input.profiles);
  return { profile, reason: profile ? 'fingerprint' : null };
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

/** Formula cells of the sheets imported only: a sheet left alone is none of the import's business. */
function formulaWarnings(workbook: WorkbookGrid, imported: ReadonlySet<SheetGrid>): ImportProblem[] {
  const prefixes = [...imported].map((sheet) => `${sheetRef(sheet.name)}!`);
  return workbook.formulaCells
    .filter((place) => prefixes.some((prefix) => place.startsWith(prefix)))
    .slice(0, 20)
    .map((place) => ({
      severity: 'warning' as const,
      code: 'formula-cell' as const,
      place,
      message: 'a formula cell: its last computed value was taken; the formula was not run',
    }));
}

/** `release.xlsx` for a one-sheet file or a CSV, `release.xlsx · 表1` when the sheet has to be said. */
function sourceOf(fileName: string, sheet: string | null, sheets: number): string {
  return sheet !== null && sheets > 1 ? `${fileName} · ${sheet}` : fileName;
}

function sample(grid: SheetGrid): string[][] {
  return grid.rows
    .slice(0, SAMPLE_ROWS)
    .map((row) =>
      Array.from({ length: Math.min(grid.columnCount, SAMPLE_COLUMNS) }, (_, column) => cellText(row[column] ?? null)),
    );
}

function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  return [
    ...problems.filter((problem) => problem.severity === 'error'),
    ...problems.filter((problem) => problem.severity === 'warning'),
  ];
}

function emptyPlan(
  input: PlanInput,
  options: ImportOptions,
  problems: ImportProblem[],
  summary: ImportPlan['summary'],
): ImportPlan {
  return {
    fileName: input.fileName,
    options,
    summary,
    planned: [],
    problems: sortProblems(problems),
    skipped: 0,
    zonesToCreate: [],
    indicatorsToCreate: [],
    zoneUpdates: [],
    indicatorUpdates: [],
    catalogConflicts: [],
    catalogBlocked: true,
    fileSource: input.fileName,
  };
}
