import type { Basis } from '../model';
import { compactText } from './normalize';
import { parseError, parsed, type ParseResult } from './result';

const MONTH_WORDS = new Set(['month', 'monthly', 'm', 'mon', '当月', '本月', '月度', '当期', '月']);
const YTD_WORDS = new Set([
  'ytd',
  'yeartodate',
  'cumulative',
  'cum',
  '累计',
  '本月止累计',
  '本年累计',
  '累计值',
  '1至本月累计',
  '年累计',
]);

/** A `basis` cell: `month` / 当月 or `ytd` / 累计; blank gives null (the caller's default applies). */
export function parseBasis(input: unknown): ParseResult<Basis | null> {
  if (input === null || input === undefined) return parsed(null);
  if (typeof input !== 'string') return parseError('basis-invalid', 'not a basis', input, 'month (当月) or ytd (累计)');
  const word = compactText(input).toLowerCase().replace(/[-_]/g, '');
  if (word === '') return parsed(null);
  if (MONTH_WORDS.has(word)) return parsed('month');
  if (YTD_WORDS.has(word)) return parsed('ytd');
  return parseError('basis-invalid', 'not a basis', input, 'month (当月) or ytd (累计)');
}
