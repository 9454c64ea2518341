import { isPlausibleMagnitude, MAX_FIGURE_MAGNITUDE } from '../model';
import { normalizeText, roundNoise } from './normalize';
import { parseError, parsed, type ParseResult } from './result';

/** Marks that mean "not published": a value that is absent, not an error and not zero. */
const NOT_PUBLISHED = new Set(['', '-', '--', '—', '——', '–', '…', '……', '...', '......', '..', '/', '\u2212']);

const EXPECTED = 'a number such as 14.8, 14.8%, 15,300, 增长2.3倍, 下降5.0%, 持平, or - / — / … / .. for not published';

const UP = /^(增长|增加|上升|提高|提升)(.*)$/;
const DOWN = /^(下降|减少|下滑|回落|降低)(.*)$/;
const SIGNED = /^([+\-\u2212]?)(.*)$/;
const PLAIN = /^(?:\d+(?:\.\d+)?|\.\d+)$/;
const GROUPED_COMMA = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const GROUPED_SPACE = /^\d{1,3}(?: \d{3})+(?:\.\d+)?$/;

/**
 * A published figure (docs/metrics.md §4): `14.8`, `14.8%` (→ 14.8), `15,300`, full-width digits,
 * ` 2 100 `, `增长2.3倍` (→ 230), `下降5.0%` (→ −5), `持平` (→ 0). Blank and the not-published
 * marks give null. Anything else is an error value.
 */
export function parseNumber(input: unknown): ParseResult<number | null> {
  if (input === null || input === undefined) return parsed(null);
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return parseError('number-not-finite', 'not a finite number', input, EXPECTED);
    return isPlausibleMagnitude(input) ? parsed(input) : implausible(input);
  }
  if (input instanceof Date) return parseError('number-is-date', 'a date where a number is expected', input, EXPECTED);
  if (typeof input !== 'string') return parseError('number-invalid', 'not a number', input, EXPECTED);
  const text = normalizeText(input);
  if (NOT_PUBLISHED.has(text)) return parsed(null);
  if (text === '持平') return parsed(0);
  const value = parseWorded(text.replace(/ (?=\D)|(?<=\D) /g, ''));
  if (value === null) return parseError('number-invalid', 'not a number', input, EXPECTED);
  return isPlausibleMagnitude(value) ? parsed(value) : implausible(input);
}

/** 1e308 typed or read from a file: refused rather than carried into growth "by Infinity points". */
function implausible(input: unknown) {
  return parseError(
    'number-implausible',
    `implausible: beyond any published figure (at most ${MAX_FIGURE_MAGNITUDE.toExponential()} in magnitude)`,
    input,
    EXPECTED,
  );
}

/** `增长2.3倍`, `下降5.0%` or a signed plain number; null when the text is none of them. */
function parseWorded(text: string): number | null {
  const up = UP.exec(text);
  if (up) return parseMagnitude(up[2]!, true);
  const down = DOWN.exec(text);
  if (down) {
    const magnitude = parseMagnitude(down[2]!, false);
    return magnitude === null ? null : -magnitude;
  }
  const [, sign, rest] = SIGNED.exec(text)!;
  const magnitude = parseUnsigned(rest!.replace(/%$/, ''));
  if (magnitude === null) return null;
  return sign === '' || sign === '+' ? magnitude : -magnitude;
}

/** After 增长/下降: `5.0%`, `5.0`, or (growth only) `2.3倍` — "2.3 times more" = +230%. */
function parseMagnitude(text: string, timesAllowed: boolean): number | null {
  if (timesAllowed && text.endsWith('倍')) {
    const times = parseUnsigned(text.slice(0, -1));
    return times === null ? null : roundNoise(times * 100);
  }
  return parseUnsigned(text.replace(/%$/, ''));
}

function parseUnsigned(text: string): number | null {
  if (PLAIN.test(text)) return Number(text);
  if (GROUPED_COMMA.test(text)) return Number(text.replace(/,/g, ''));
  if (GROUPED_SPACE.test(text)) return Number(text.replace(/ /g, ''));
  return null;
}
