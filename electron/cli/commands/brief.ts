import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { errorMessage } from '../../../shared/api';
import { EXIT_OK, EXIT_REFUSED, exitCodeOf, refuseArgs, type CliCommand } from '../command';
import { OptionReader } from '../option-values';
import { briefJson, briefLines } from './brief-printing';
import { problemLine, reportLines } from './import-printing';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** `zone-stats brief`: a published brief's figures and claims, checked; written only with --commit (docs/briefs.md §4). */
export const command: CliCommand = {
  name: 'brief',
  usage: 'zone-stats brief FILE [--zone ID] [--published YYYY-MM-DD] [--dry-run|--commit] [--json] [--data DIR]',
  options: {
    zone: { type: 'string' },
    published: { type: 'string' },
    'dry-run': { type: 'boolean' },
    commit: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run({ args, io, resolvePath, openHandlers }) {
    const reader = new OptionReader(args.options);
    const zoneId = reader.zoneId('zone');
    const published = reader.text('published');
    if (published !== undefined && !DATE.test(published))
      reader.problems.push(`--published "${published}": expected YYYY-MM-DD, such as 2025-06-20`);
    const commit = reader.flag('commit');
    if (commit && reader.flag('dry-run')) reader.problems.push('--dry-run and --commit exclude each other');
    if (args.positional.length !== 1)
      reader.problems.push(
        args.positional.length === 0
          ? 'FILE is required (.txt, .md or .html)'
          : `one FILE at a time, not ${args.positional.length}`,
      );
    if (reader.problems.length > 0) return refuseArgs(io, command, reader.problems);

    const path = resolvePath(args.positional[0]!);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path)).replace(/^\uFEFF/, '');
    } catch (cause) {
      io.err(`zone-stats brief: cannot read ${path} as UTF-8 text: ${errorMessage(cause)}`);
      return EXIT_REFUSED;
    }
    if (text.trim() === '') {
      io.err(`zone-stats brief: ${basename(path)} is empty: no figures read`);
      return EXIT_REFUSED;
    }
    const argument = {
      text,
      origin: basename(path),
      ...(published ? { published } : {}),
      ...(zoneId ? { defaultZoneId: zoneId } : {}),
    };

    const { handlers, notices, close } = await openHandlers({ create: commit });
    try {
      const previewed = await handlers.previewBrief(argument);
      if (!previewed.ok) {
        io.err(`zone-stats brief: ${previewed.error.message}`);
        return exitCodeOf(previewed.error);
      }
      const preview = previewed.value;
      if (preview.statements.length === 0) {
        io.err(
          `zone-stats brief: no figures read in ${basename(path)}${preview.unread.length ? ` (${preview.unread.length} sentence${preview.unread.length === 1 ? '' : 's'} with figures not understood)` : ''}`,
        );
        return EXIT_REFUSED;
      }
      if (args.options.json === true) io.out(JSON.stringify(briefJson(preview)));
      else briefLines(preview).forEach((line) => io.out(line));
      if (!commit) return EXIT_OK;

      const report = args.options.json === true ? io.err : io.out;
      if (notices.length > 0) {
        io.err(
          'zone-stats brief: the store has just set a damaged file aside (above), so its figures are missing; nothing was written.',
        );
        return EXIT_REFUSED;
      }
      const result = await handlers.commitBrief(argument);
      if (!result.ok) {
        io.err(`zone-stats brief: ${result.error.message}`);
        for (const problem of result.error.problems ?? []) io.err(problemLine(problem));
        return exitCodeOf(result.error);
      }
      reportLines(result.value).forEach((line) => report(line));
      return EXIT_OK;
    } finally {
      await close();
    }
  },
};
