/** Nudge past the binary error of `x·10ⁿ` (9.95·10 = 99.49999999999999) without moving real values. */
const HALF_NUDGE = 1e-12;
/**
 * The nudge never reaches a thousandth of the last digit: relative alone, 1,148,000 at six decimals
 * (1.148·10¹²) would be nudged by 1.148 and shown as 1,148,000.000001. The binary error there is ~3·10⁻⁴.
 */
const MAX_NUDGE = 1e-3;

/**
 * Round half away from zero as a reader of the decimal figure expects: 9.95 → 10.0, −0.25 → −0.3
 * (toFixed works on the binary value and gives 9.9). Never returns −0.
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  const rounded = Math.round(scaled + Math.min(scaled * HALF_NUDGE, MAX_NUDGE)) / factor;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** As published: one decimal for % and pp. */
export function roundPublished(value: number): number {
  return roundTo(value, 1);
}
