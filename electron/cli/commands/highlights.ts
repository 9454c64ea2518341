import { LANGUAGES, type Language } from '../../../shared/api';
import { BasisSchema, IdSchema, PeriodSchema } from '../../../shared/model';
import { EXIT_OK, EXIT_REFUSED, exitCodeOf, refuseArgs, type CliCommand, type CliContext } from '../command';

type Options = CliContext['args']['options'];

interface HighlightsArgs {
  zoneId: string;
  period: string;
  basis: 'month' | 'ytd';
  language: Language | undefined;
  threshold: number | undefined;
}

/** The options as a request, or the reasons they are not one. */
function readArgs(options: Options): { ok: true; value: HighlightsArgs } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const text = (name: string): string | undefined => {
    const value = options[name];
    if (value === true) problems.push(`--${name} needs a value`);
    return typeof value === 'string' ? value.trim() : undefined;
  };
  const zoneId = text('zone');
  const period = text('period');
  const basis = text('basis') ?? 'ytd';
  const language = text('lang');
  const threshold = text('threshold');

  if (zoneId === undefined) problems.push('--zone ID is required');
  else if (!IdSchema.safeParse(zoneId).success) problems.push(`--zone "${zoneId}" is not a zone id`);
  if (period === undefined) problems.push('--period YYYY-MM is required');
  else if (!PeriodSchema.safeParse(period).success) problems.push(`--period "${period}": expected YYYY-MM, such as 2025-05`);
  if (!BasisSchema.safeParse(basis).success) problems.push(`--basis "${basis}": expected ytd or month`);
  if (language !== undefined && !(LANGUAGES as readonly string[]).includes(language)) problems.push(`--lang "${language}": expected en or zh`);
  const thresholdValue = threshold === undefined ? undefined : Number(threshold);
  if (thresholdValue !== undefined && !Number.isFinite(thresholdValue)) problems.push(`--threshold "${threshold}": expected a number such as 10`);

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: { zoneId: zoneId!, period: period!, basis: basis as 'month' | 'ytd', language: language as Language | undefined, threshold: thresholdValue },
  };
}

/** `zone-stats highlights`: the bulletin of one zone and period, one sentence per line on standard output. */
export const command: CliCommand = {
  name: 'highlights',
  usage: 'zone-stats highlights --zone ID --period YYYY-MM [--basis ytd|month] [--lang en|zh] [--threshold 10] [--data DIR]',
  async run({ args, io, openHandlers }) {
    const request = readArgs(args.options);
    if (!request.ok) {
      return refuseArgs(io, command, request.problems);
    }
    const { zoneId, period, basis, language, threshold } = request.value;
    const { handlers, close } = await openHandlers();
    try {
      const result = await handlers.getBulletin({
        zoneId,
        period,
        basis,
        ...(language === undefined ? {} : { language }),
        ...(threshold === undefined ? {} : { threshold }),
      });
      if (!result.ok) {
        io.err(`zone-stats highlights: ${result.error.message}`);
        return exitCodeOf(result.error);
      }
      if (result.value.lines.length === 0) {
        io.err(`zone-stats highlights: zone "${zoneId}" has no figures for ${period} (${basis})`);
        return EXIT_REFUSED;
      }
      result.value.lines.forEach((line) => io.out(line));
      return EXIT_OK;
    } finally {
      await close();
    }
  },
};
