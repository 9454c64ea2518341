import {
  type AppError,
  type AppApi,
  type ImportFile,
  type ImportPreview,
  type ImportProblem,
  type ImportReport,
} from '../../../shared/api';
import { checkImportFile } from '../../files/read-import-file';
import { collectGarbage } from '../collect-garbage';
import { EXIT_OK, EXIT_REFUSED, exitCodeOf, refuseArgs, type CliCommand, type CliIo } from '../command';
import { IMPORT_OPTIONS, readImportArgs, type ImportRequest } from './import-args';
import { dryRunLines, hintLines, problemLine, readingLines, reportLines } from './import-printing';

/** A refusal: what was read (when the file was read at all), the reason, every problem, then the hints. */
function printRefusal(io: CliIo, error: AppError, request: ImportRequest, preview?: ImportPreview): void {
  if (preview) readingLines(preview).forEach((line) => io.err(line));
  io.err(`zone-stats import: ${error.message}`);
  for (const problem of error.problems ?? []) io.err(problemLine(problem));
  if (preview) hintLines(preview, request.options).forEach((line) => io.err(line));
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

async function preview(
  api: AppApi,
  io: CliIo,
  request: ImportRequest,
  file: ImportFile,
): Promise<ImportPreview | number> {
  const result = await api.previewImport({ file, options: request.options });
  if (result.ok) return result.value;
  printRefusal(io, result.error, request);
  return exitCodeOf(result.error);
}

/** A dry run previews every file against the store as it is (files do not see each other's zones). */
async function dryRun(api: AppApi, io: CliIo, request: ImportRequest, files: ImportFile[]): Promise<number> {
  let code = EXIT_OK;
  for (const file of files) {
    const previewed = await preview(api, io, request, file);
    if (typeof previewed === 'number') return previewed;
    dryRunLines({ ...previewed, problems: await allProblems(api, previewed) }, request.options).forEach((line) =>
      io.out(line),
    );
    if (wouldRefuse(previewed, request)) code = EXIT_REFUSED;
  }
  return code;
}

/**
 * Files go in one after the other, so a later file sees the zones an earlier one created; a
 * refusal takes the earlier imports back out, so nothing stays written.
 */
async function importFiles(api: AppApi, io: CliIo, request: ImportRequest, files: ImportFile[]): Promise<number> {
  const committed: string[] = [];
  const done: { preview: ImportPreview; report: ImportReport }[] = [];
  const takeBack = async () => {
    for (const importId of committed.reverse()) await api.undoImport({ importId, force: true });
  };
  for (const file of files) {
    const previewed = await preview(api, io, request, file);
    if (typeof previewed === 'number') {
      await takeBack();
      return previewed;
    }
    // The preview's garbage goes before the commit adds its own.
    collectGarbage();
    const result = await api.commitImport({
      token: previewed.token,
      onConflict: request.onConflict,
      validOnly: request.validOnly,
      reopenVerified: request.reopenVerified,
    });
    if (!result.ok) {
      await takeBack();
      printRefusal(io, result.error, request, previewed);
      return exitCodeOf(result.error);
    }
    if (result.value.importId) committed.push(result.value.importId);
    done.push({ preview: previewed, report: result.value });
  }
  for (const { preview: previewed, report } of done)
    [...readingLines(previewed), ...reportLines(report)].forEach((line) => io.out(line));
  return EXIT_OK;
}

/** `zone-stats import`: spreadsheets into the store, all or nothing (docs/workbook.md §1, §3). */

export const command: CliCommand = {
  name: 'import',
  usage:
    'zone-stats import FILE... [--data DIR] [--dry-run] [--on-conflict overwrite|keep|stop] [--valid-only] [--sheet NAME] [--layout NAME] ' +
    '[--zone ID|NAME] [--period YYYY-MM] [--basis month|ytd] [--profile NAME] [--map "HEADER=field"]... [--skip-unmapped] [--create-zones] ' +
    '[--map-indicator "NAME=ID"]... [--skip-indicator NAME]... [--create-indicator NAME]... [--reopen-verified] [--accept-damaged]',
  options: IMPORT_OPTIONS,
  async run({ args, io, resolvePath, openHandlers }) {
    const request = readImportArgs(args.positional, args.options);
    if (!request.ok) return refuseArgs(io, command, request.problems);
    const paths = request.value.files.map((typed) => resolvePath(typed));
    // Only regular files (never /dev/zero, a pipe or a folder), checked before the store is opened; the handlers read them by handle, within the size preference.
    for (const path of paths) {
      const checked = await checkImportFile(path);
      if (!checked.ok) {
        io.err(`zone-stats import: cannot read ${path}: ${checked.message}`);
        return EXIT_REFUSED;
      }
    }
    const { dryRun: dry, acceptDamaged } = request.value;
    const { handlers, files: registry, notices, close } = await openHandlers({ create: !dry });
    try {
      const files: ImportFile[] = [];
      for (const path of paths) {
        const registered = await registry.registerRead(path);
        if (!registered.ok) {
          io.err(`zone-stats import: cannot read ${path}: ${registered.message}`);
          return EXIT_REFUSED;
        }
        files.push({ handle: registered.handle.id, name: registered.handle.name });
      }
      if (notices.length > 0 && !dry && !acceptDamaged) {
        io.err(
          'zone-stats import: the store has just set a damaged file aside (above), so its figures are missing; nothing was imported.',
        );
        io.err('  Restore the backup first, or add --accept-damaged to import into what remains.');
        return EXIT_REFUSED;
      }
      if (notices.length > 0 && !dry && acceptDamaged) {
        const accepted = await handlers.acceptDamagedFiles({});
        if (!accepted.ok) {
          io.err(`zone-stats import: ${accepted.error.message}`);
          return exitCodeOf(accepted.error);
        }
        io.err(
          `zone-stats import: the loss is accepted; the damaged files are kept under damaged-accepted/ in the data folder.`,
        );
      }
      return await (dry ? dryRun : importFiles)(handlers, io, request.value, files);
    } finally {
      await close();
    }
  },
};
