import type { ExportSelection } from '../../../shared/api';
import { EXIT_OK, exitCodeOf, refuseArgs, type CliCommand, type CliContext } from '../command';
import { OptionReader } from '../option-values';
import { outputProblem } from '../output-file';

type Parsed = { ok: true; out: string; selection: ExportSelection } | { ok: false; problems: string[] };

/** The command line as an export selection, or every reason it is not one. */
function readArgs({ args, resolvePath }: CliContext): Parsed {
  const reader = new OptionReader(args.options);
  const { problems } = reader;
  const [typed, ...extra] = args.positional;
  if (typed === undefined) problems.push('the output file OUT.xlsx is required');
  else if (!/\.(xlsx|csv)$/i.test(typed))
    problems.push(`"${typed}": the output file must end in .xlsx (or .csv for the Metrics table alone)`);
  if (extra.length > 0) problems.push(`one output file only; also given: ${extra.join(' ')}`);
  const out = typed === undefined ? undefined : resolvePath(typed);
  const outProblem = out === undefined || problems.length > 0 ? undefined : outputProblem(out);
  if (outProblem) problems.push(outProblem);

  const selection: ExportSelection = {};
  const period = reader.period();
  const basis = reader.basis();
  const zoneIds = reader.zoneIds();
  const language = reader.language();
  const threshold = reader.threshold();
  const observations = reader.text('observations');
  if (observations !== undefined && observations !== 'used' && observations !== 'all')
    problems.push(`--observations "${observations}": expected used or all`);
  if (problems.length > 0) return { ok: false, problems };
  if (period !== undefined) selection.period = period;
  if (basis !== undefined) selection.basis = basis;
  if (zoneIds !== undefined) selection.zoneIds = zoneIds;
  if (language !== undefined) selection.language = language;
  if (threshold !== undefined) selection.threshold = threshold;
  if (observations === 'used' || observations === 'all') selection.observations = observations;
  return { ok: true, out: out!, selection };
}

/** `zone-stats export`: the comparison workbook of docs/workbook.md §2 (or the Metrics CSV) for scheduled reports. */
export const command: CliCommand = {
  name: 'export',
  usage:
    'zone-stats export OUT.xlsx [--data DIR] [--period YYYY-MM] [--basis ytd|month] [--zones ID,...] [--lang en|zh] [--threshold 10] [--observations used|all]',
  options: {
    period: { type: 'string' },
    basis: { type: 'string' },
    zones: { type: 'string' },
    lang: { type: 'string' },
    threshold: { type: 'string' },
    observations: { type: 'string' },
  },
  async run(context) {
    const { io } = context;
    const request = readArgs(context);
    if (!request.ok) return refuseArgs(io, command, request.problems);
    const { out, selection } = request;
    const { handlers, files, close } = await context.openHandlers();
    try {
      const request = { ...selection, target: files.registerWrite(out).id };
      const result = /\.csv$/i.test(out)
        ? await handlers.exportMetricsCsv(request)
        : await handlers.exportWorkbook(request);
      if (!result.ok) {
        const problems = result.error.problems ?? [];
        if (problems.length === 0) io.err(`zone-stats export: ${result.error.message}`);
        problems.forEach((problem) =>
          io.err(`zone-stats export: ${problem.place ? `${problem.place}: ` : ''}${problem.message}`),
        );
        return exitCodeOf(result.error);
      }
      const file = result.value;
      const compared = file.comparisonPeriod
        ? `; Comparison: ${file.comparisonPeriod} (${file.comparisonBasis})`
        : '; the store has no figures';
      io.out(`Wrote ${out}: ${file.metricRows} metric rows, ${file.observationRows} observations${compared}`);
      return EXIT_OK;
    } finally {
      await close();
    }
  },
};
