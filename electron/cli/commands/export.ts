import { rename, rm, writeFile } from 'node:fs/promises';
import { LANGUAGES, type ExportSelection, type Language } from '../../../shared/api';
import { BasisSchema, IdSchema, PeriodSchema, type Basis } from '../../../shared/model';
import { EXIT_OK, exitCodeOf, refuseArgs, type CliCommand, type CliContext } from '../command';

type Options = CliContext['args']['options'];
type Parsed = { ok: true; out: string; selection: ExportSelection } | { ok: false; problems: string[] };

/** The command line as an export selection, or every reason it is not one. */
function readArgs(positional: string[], options: Options): Parsed {
  const problems: string[] = [];
  const text = (name: string): string | undefined => {
    const value = options[name];
    if (value === true) problems.push(`--${name} needs a value`);
    return typeof value === 'string' ? value.trim() : undefined;
  };
  const [out, ...extra] = positional;
  if (out === undefined) problems.push('the output file OUT.xlsx is required');
  else if (!/\.(xlsx|csv)$/i.test(out)) problems.push(`"${out}": the output file must end in .xlsx (or .csv for the Metrics table alone)`);
  if (extra.length > 0) problems.push(`one output file only; also given: ${extra.join(' ')}`);

  const period = text('period');
  const basis = text('basis');
  const zones = text('zones');
  const language = text('lang');
  const threshold = text('threshold');
  const zoneIds = zones === undefined ? undefined : zones.split(',').map((id) => id.trim()).filter(Boolean);

  if (period !== undefined && !PeriodSchema.safeParse(period).success) problems.push(`--period "${period}": expected YYYY-MM, such as 2025-05`);
  if (basis !== undefined && !BasisSchema.safeParse(basis).success) problems.push(`--basis "${basis}": expected ytd or month`);
  if (zoneIds !== undefined && zoneIds.length === 0) problems.push('--zones needs at least one zone id');
  for (const id of zoneIds ?? []) if (!IdSchema.safeParse(id).success) problems.push(`--zones: "${id}" is not a zone id`);
  if (language !== undefined && !(LANGUAGES as readonly string[]).includes(language)) problems.push(`--lang "${language}": expected en or zh`);
  const thresholdValue = threshold === undefined ? undefined : Number(threshold);
  if (thresholdValue !== undefined && (threshold === '' || !Number.isFinite(thresholdValue))) problems.push(`--threshold "${threshold}": expected a number such as 10`);

  if (problems.length > 0) return { ok: false, problems };
  const selection: ExportSelection = {};
  if (period !== undefined) selection.period = period;
  if (basis !== undefined) selection.basis = basis as Basis;
  if (zoneIds !== undefined) selection.zoneIds = zoneIds;
  if (language !== undefined) selection.language = language as Language;
  if (thresholdValue !== undefined) selection.threshold = thresholdValue;
  return { ok: true, out: out!, selection };
}

/** Writes beside the target and renames, so a failed export never leaves half a file under the name asked for. */
async function writeWhole(path: string, base64: string): Promise<void> {
  const partial = `${path}.partial-${process.pid}`;
  try {
    await writeFile(partial, Buffer.from(base64, 'base64'));
    await rename(partial, path);
  } catch (cause) {
    await rm(partial, { force: true });
    throw cause;
  }
}

/** `zone-stats export`: the comparison workbook of workbook.md §2 (or the Metrics CSV) for scheduled reports. */
export const command: CliCommand = {
  name: 'export',
  usage: 'zone-stats export OUT.xlsx [--data DIR] [--period YYYY-MM] [--basis ytd|month] [--zones ID,...] [--lang en|zh] [--threshold 10]',
  async run({ args, io, openHandlers }) {
    const request = readArgs(args.positional, args.options);
    if (!request.ok) {
      return refuseArgs(io, command, request.problems);
    }
    const { out, selection } = request;
    const { handlers, close } = await openHandlers();
    try {
      const result = /\.csv$/i.test(out) ? await handlers.exportMetricsCsv(selection) : await handlers.exportWorkbook(selection);
      if (!result.ok) {
        const problems = result.error.problems ?? [];
        if (problems.length === 0) io.err(`zone-stats export: ${result.error.message}`);
        problems.forEach((problem) => io.err(`zone-stats export: ${problem.place ? `${problem.place}: ` : ''}${problem.message}`));
        return exitCodeOf(result.error);
      }
      const file = result.value;
      await writeWhole(out, file.base64);
      const compared = file.comparisonPeriod ? `; Comparison: ${file.comparisonPeriod} (${file.comparisonBasis})` : '; the store has no figures';
      io.out(`Wrote ${out}: ${file.metricRows} metric rows, ${file.observationRows} observations${compared}`);
      return EXIT_OK;
    } finally {
      await close();
    }
  },
};
