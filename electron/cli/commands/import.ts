import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { CONFLICT_POLICIES, errorMessage, type AppError, type AppApi, type ConflictPolicy, type ImportPreview, type ImportProblem, type ImportReport } from '../../../shared/api';
import { EXIT_OK, EXIT_REFUSED, exitCodeOf, refuseArgs, type CliCommand, type CliContext, type CliIo } from '../command';

type Options = CliContext['args']['options'];
const KNOWN_OPTIONS = new Set(['data', 'dry-run', 'on-conflict', 'valid-only', 'help']);

interface ImportRequest {
  files: string[];
  dryRun: boolean;
  onConflict: ConflictPolicy;
  validOnly: boolean;
}

function readArgs(positional: string[], options: Options): { ok: true; value: ImportRequest } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  if (positional.length === 0) problems.push('at least one FILE to import is required');
  for (const name of Object.keys(options)) if (!KNOWN_OPTIONS.has(name)) problems.push(`unknown option --${name}`);
  const onConflict = options['on-conflict'] ?? 'stop';
  if (onConflict === true || !(CONFLICT_POLICIES as readonly string[]).includes(onConflict)) problems.push(`--on-conflict ${onConflict === true ? '' : `"${onConflict}"`}: expected overwrite, keep or stop`.replace('  ', ' '));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { files: positional, dryRun: options['dry-run'] === true, onConflict: onConflict as ConflictPolicy, validOnly: options['valid-only'] === true } };
}

/** `Observations!E17: not a number (found "abc"; expected a number such as 14.8)`. */
function problemLine(problem: Omit<ImportProblem, 'severity'> & { severity?: string }): string {
  const detail = [problem.found !== undefined ? `found "${problem.found}"` : '', problem.expected ? `expected ${problem.expected}` : ''].filter(Boolean).join('; ');
  return `${problem.severity ?? 'error'} ${problem.place ? `${problem.place}: ` : ''}${problem.message}${detail ? ` (${detail})` : ''}`;
}

function printRefusal(io: CliIo, error: AppError): void {
  io.err(`zone-stats import: ${error.message}`);
  for (const problem of error.problems ?? []) io.err(problemLine(problem));
}

function printReport(io: CliIo, report: ImportReport): void {
  io.out(report.importId ? `${report.fileName}: committed as import ${report.importId} (backup ${report.backupId})` : `${report.fileName}: nothing to write, the store already holds these figures`);
  io.out(`  added ${report.added}, changed ${report.changed}, unchanged ${report.unchanged}, conflicts ${report.conflicts} (overwritten ${report.overwritten}, kept ${report.kept}), errors ${report.errors}, warnings ${report.warnings}${report.skipped ? `, rows left out ${report.skipped}` : ''}`);
  io.out(`  zones created: ${report.zonesCreated.join(', ') || 'none'}; indicators created: ${report.indicatorsCreated.join(', ') || 'none'}${report.catalogUpdated.length ? `; updated: ${report.catalogUpdated.join(', ')}` : ''}`);
  for (const problem of report.problems) io.out(`  ${problemLine(problem)}`);
}

function printDryRun(io: CliIo, preview: ImportPreview): void {
  const { diff } = preview;
  io.out(`${preview.fileName}: dry run, nothing written (${preview.layout ?? 'no'} layout, sheet ${preview.sheet ?? '-'}, header row ${preview.headerRow ?? '-'})`);
  io.out(`  would add ${diff.added}, change ${diff.changed}, leave ${diff.unchanged} unchanged; conflicts ${diff.conflicts}, errors ${preview.errors}, warnings ${preview.warnings}`);
  io.out(`  zones to create: ${preview.zonesToCreate.map((zone) => zone.id).join(', ') || 'none'}; indicators to create: ${preview.indicatorsToCreate.map((indicator) => indicator.id).join(', ') || 'none'}`);
  for (const problem of preview.problems) io.out(`  ${problemLine(problem)}`);
}

/** Every problem of a preview, paged past the first thousand the preview itself carries. */
async function allProblems(api: AppApi, preview: ImportPreview): Promise<ImportProblem[]> {
  if (preview.problems.length >= preview.errors + preview.warnings) return preview.problems;
  const page = await api.getImportProblems({ token: preview.token, limit: 5000 });
  const problems: ImportProblem[] = [];
  if (!page.ok) return preview.problems;
  problems.push(...page.value.problems);
  for (let offset = problems.length; offset < page.value.total; offset = problems.length) {
    const next = await api.getImportProblems({ token: preview.token, offset, limit: 5000 });
    if (!next.ok || next.value.problems.length === 0) break;
    problems.push(...next.value.problems);
  }
  return problems;
}

/** What the dry run would have refused: errors (unless valid rows only) and conflicts under `stop`. */
function wouldRefuse(preview: ImportPreview, request: ImportRequest): boolean {
  if (preview.errors > 0 && (!request.validOnly || preview.valid === 0)) return true;
  return request.onConflict === 'stop' && (preview.diff.conflicts > 0 || preview.catalogConflicts.length > 0);
}

async function preview(api: AppApi, io: CliIo, file: { name: string; base64: string }): Promise<ImportPreview | number> {
  const result = await api.previewImport({ file });
  if (result.ok) return result.value;
  printRefusal(io, result.error);
  return exitCodeOf(result.error);
}

/** A dry run previews every file against the store as it is (files do not see each other's zones). */
async function dryRun(api: AppApi, io: CliIo, request: ImportRequest, files: { name: string; base64: string }[]): Promise<number> {
  let code = EXIT_OK;
  for (const file of files) {
    const previewed = await preview(api, io, file);
    if (typeof previewed === 'number') return previewed;
    printDryRun(io, { ...previewed, problems: await allProblems(api, previewed) });
    if (wouldRefuse(previewed, request)) code = EXIT_REFUSED;
  }
  return code;
}

/**
 * Files go in one after the other, so a later file sees the zones an earlier one created; a
 * refusal takes the earlier imports back out, so nothing stays written.
 */
async function importFiles(api: AppApi, io: CliIo, request: ImportRequest, files: { name: string; base64: string }[]): Promise<number> {
  const committed: string[] = [];
  const reports: ImportReport[] = [];
  const takeBack = async () => {
    for (const importId of committed.reverse()) await api.undoImport({ importId, force: true });
  };
  for (const file of files) {
    const previewed = await preview(api, io, file);
    if (typeof previewed === 'number') {
      await takeBack();
      return previewed;
    }
    const result = await api.commitImport({ token: previewed.token, onConflict: request.onConflict, validOnly: request.validOnly });
    if (!result.ok) {
      await takeBack();
      printRefusal(io, result.error);
      return exitCodeOf(result.error);
    }
    if (result.value.importId) committed.push(result.value.importId);
    reports.push(result.value);
  }
  reports.forEach((report) => printReport(io, report));
  return EXIT_OK;
}

/** `zone-stats import`: spreadsheets into the store, all or nothing (workbook.md §1, §3). */
export const command: CliCommand = {
  name: 'import',
  usage: 'zone-stats import FILE... [--data DIR] [--dry-run] [--on-conflict overwrite|keep|stop] [--valid-only]',
  switches: ['dry-run', 'valid-only'],
  async run({ args, io, openHandlers }) {
    const request = readArgs(args.positional, args.options);
    if (!request.ok) {
      return refuseArgs(io, command, request.problems);
    }
    const files: { name: string; base64: string }[] = [];
    for (const path of request.value.files) {
      try {
        files.push({ name: basename(path), base64: (await readFile(path)).toString('base64') });
      } catch (cause) {
        io.err(`zone-stats import: cannot read ${path}: ${errorMessage(cause)}`);
        return EXIT_REFUSED;
      }
    }
    const { handlers, close } = await openHandlers();
    try {
      return await (request.value.dryRun ? dryRun : importFiles)(handlers, io, request.value, files);
    } finally {
      await close();
    }
  },
};
