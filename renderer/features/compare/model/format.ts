import { formatLevel, formatNumber, formatOneDecimal, unitWords } from '../../../../shared/metrics';
import type { Language } from '../../../../shared/api';

/** Display only; every figure keeps full precision until here. A missing figure is a dash, never 0. */
export const MISSING = '–';

export function oneDecimal(value: number | null | undefined): string {
  return value === null || value === undefined ? MISSING : formatOneDecimal(value).replace(/^-/, '−');
}

/** `+2.5`, `−3.2`: gaps and changes read with their sign. */
export function signedOneDecimal(value: number | null | undefined): string {
  if (value === null || value === undefined) return MISSING;
  const text = oneDecimal(value);
  return value > 0 && text !== '0.0' ? `+${text}` : text;
}

export function level(value: number | null | undefined): string {
  return value === null || value === undefined ? MISSING : formatLevel(value).replace(/^-/, '−');
}

/** A figure as it was entered: its own decimals kept (31.95 stays 31.95; a computed level goes through `level`). */
export function entered(value: number | null | undefined): string {
  return value === null || value === undefined
    ? MISSING
    : formatNumber(value, 6, { trimZeros: true }).replace(/^-/, '−');
}

export function wholeNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? MISSING : String(value);
}

export { periodLabel, shortPeriodLabel } from '../../../i18n/format';

/** A unit in the UI language: `10k CNY` reads 万元 in Chinese, `t` reads 吨. */
export function unitLabel(unit: string, language: Language): string {
  return unitWords(unit)[language];
}
