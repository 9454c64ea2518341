import { EXIT_OK, EXIT_REFUSED, exitCodeOf, refuseArgs, type CliCommand } from '../command';
import { OptionReader } from '../option-values';

/** `zone-stats highlights`: the bulletin of one zone and period, one sentence per line on standard output. */
export const command: CliCommand = {
  name: 'highlights',
  usage:
    'zone-stats highlights --zone ID --period YYYY-MM [--basis ytd|month] [--lang en|zh] [--threshold 10] [--data DIR]',
  options: {
    zone: { type: 'string' },
    period: { type: 'string' },
    basis: { type: 'string' },
    lang: { type: 'string' },
    threshold: { type: 'string' },
  },
  async run({ args, io, openHandlers }) {
    const reader = new OptionReader(args.options);
    const zoneId = reader.zoneId('zone', reader.required('zone', 'ID'));
    const period = reader.period('period', reader.required('period', 'YYYY-MM'));
    const basis = reader.basis() ?? 'ytd';
    const language = reader.language();
    const threshold = reader.threshold();
    if (args.positional.length > 0) reader.problems.push(`unexpected argument ${args.positional.join(' ')}`);
    if (reader.problems.length > 0 || zoneId === undefined || period === undefined)
      return refuseArgs(io, command, reader.problems);

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
