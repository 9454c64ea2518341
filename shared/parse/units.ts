import { roundNoise } from './normalize';
import { parseError, parsed, type ParseResult } from './result';

export type UnitDimension = 'currency' | 'mass' | 'energy';

/** A unit on a known scale: 万元 is 10,000 of the currency's base unit. */
export interface UnitScale {
  dimension: UnitDimension;
  factor: number;
}

const SCALES: [UnitDimension, number, string[]][] = [
  ['currency', 1, ['元', 'cny', 'yuan', 'rmb', '人民币元']],
  ['currency', 1e3, ['千元', 'kcny', 'thousandcny', '1000cny', '1,000cny']],
  ['currency', 1e4, ['万元', '10kcny', '10000cny', '10,000cny', 'tenthousandcny', '10kyuan', '万元人民币']],
  ['currency', 1e6, ['百万元', 'millionyuan', 'mcny', 'millioncny']],
  [
    'currency',
    1e8,
    ['亿元', '100mcny', '100mncny', '100millioncny', '100,000,000cny', '亿元人民币', '100myuan', '100millionyuan'],
  ],
  ['currency', 1e9, ['十亿元', 'billionyuan', 'bncny', 'billioncny']],
  ['mass', 1e-3, ['千克', '公斤', 'kg']],
  ['mass', 1, ['吨', 't', 'tonne', 'tonnes', 'ton', 'tons', 'metrictons', 'metrictonnes']],
  ['mass', 1e3, ['千吨', 'kt', '1000t']],
  ['mass', 1e4, ['万吨', '10kt', '10000t', '10,000t', '10ktonnes', '10,000tonnes', '10000tonnes']],
  ['mass', 1e6, ['百万吨', 'milliontonnes', 'milliontons']],
  ['energy', 1, ['千瓦时', 'kwh', '度']],
  ['energy', 1e4, ['万千瓦时', '10kkwh']],
  ['energy', 1e8, ['亿千瓦时', '100mkwh']],
];

const BY_NAME = new Map<string, UnitScale>();
for (const [dimension, factor, names] of SCALES) for (const name of names) BY_NAME.set(name, { dimension, factor });

/** The comparable form of a unit label: NFKC, lower case, no spaces (`10k CNY` → `10kcny`). */
export function unitKey(unit: string): string {
  return unit.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** The scale of a unit, or null for units without one (`%`, `家`, `人`). */
export function unitScale(unit: string): UnitScale | null {
  return BY_NAME.get(unitKey(unit)) ?? null;
}

/** Chinese multipliers a unit may carry, each on any base (万辆, 亿千瓦时, 万千瓦 = 万 × 千 × 瓦). */
const PREFIXES: [string, number][] = [
  ['百万', 1e6],
  ['千万', 1e7],
  ['十万', 1e5],
  ['万', 1e4],
  ['亿', 1e8],
  ['千', 1e3],
  ['百', 1e2],
];
const CJK = /[\u3400-\u9fff]/;

interface Scale {
  dimension: string;
  factor: number;
  /** Read off its prefixes (万辆 → 辆 × 10,000) rather than known by name. */
  prefixed: boolean;
}

/** A unit's scale: a known one, else Chinese prefixes on a base both sides must share. */
function scaleOf(key: string): Scale | null {
  const known = BY_NAME.get(key);
  if (known) return { ...known, prefixed: false };
  let factor = 1;
  let base = key;
  for (let stripped = true; stripped;) {
    stripped = false;
    for (const [prefix, multiplier] of PREFIXES) {
      if (base.startsWith(prefix) && base.length > prefix.length) {
        factor *= multiplier;
        base = base.slice(prefix.length);
        stripped = true;
        break;
      }
    }
    const named = BY_NAME.get(base);
    if (named) return { dimension: named.dimension, factor: factor * named.factor, prefixed: true };
  }
  return CJK.test(base) ? { dimension: `base:${base}`, factor, prefixed: true } : null;
}

const EXPECTED =
  "the indicator's unit or one on the same scale: 元 / 万元 / 亿元 (CNY / 10k CNY / 100m CNY), 吨 / 万吨 (t / 10k t), 千瓦时 / 万千瓦时 / 亿千瓦时 (kWh)";

/**
 * A value given in `from` expressed in `to`. The same label (or no `from`, or a target without a
 * unit) passes the value through; known scales of one dimension convert, and so do Chinese
 * prefixes on one base (万千瓦时 → 千瓦时, 万辆 → 辆); anything else is an error.
 */
export function convertUnit(value: number, from: string, to: string): ParseResult<number> {
  const source = unitKey(from);
  const target = unitKey(to);
  if (source === '' || target === '' || source === target) return parsed(value);
  const a = scaleOf(source);
  const b = scaleOf(target);
  // A base known only from its prefixes converts to the same base only (万辆 → 辆), never to another.
  if (!a || (a.dimension.startsWith('base:') && a.dimension !== b?.dimension))
    return parseError('unit-unknown', 'an unknown unit', from, EXPECTED.replace("the indicator's unit", `${to}`), {
      to,
    });
  if (!b) return parseError('unit-not-convertible', `a unit that cannot be converted to ${to}`, from, to, { to });
  if (a.dimension !== b.dimension)
    return parseError(
      'unit-incompatible',
      `a unit incompatible with ${to}`,
      from,
      EXPECTED.replace("the indicator's unit", `${to}`),
      { to },
    );
  const converted = a.factor >= b.factor ? value * (a.factor / b.factor) : value / (b.factor / a.factor);
  return parsed(roundNoise(converted));
}
