import type { Indicator } from '../../model';
import { nameKey } from './catalog-index';

/** Below this likeness a name suggests nothing: a wrong suggestion taken is a figure filed under the wrong indicator. */
const LEAST_LIKENESS = 0.5;

function bigrams(text: string): string[] {
  const characters = [...nameKey(text).replace(/[\s()（）%]/g, '')];
  if (characters.length < 2) return characters;
  return characters.slice(1).map((character, index) => characters[index]! + character);
}

/** Dice's coefficient over character pairs: 1 for the same name, 0 for names sharing no pair. */
export function nameLikeness(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  if (left.length === 0 || right.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const pair of right) pool.set(pair, (pool.get(pair) ?? 0) + 1);
  let shared = 0;
  for (const pair of left) {
    const left = pool.get(pair) ?? 0;
    if (left > 0) {
      shared++;
      pool.set(pair, left - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** The existing indicator whose name (English, Chinese or id) is most like `name`, if any is like enough. */
export function suggestIndicator(name: string, indicators: readonly Indicator[]): Indicator | null {
  let best: Indicator | null = null;
  let bestLikeness = LEAST_LIKENESS;
  for (const indicator of indicators) {
    const likeness = Math.max(
      ...[indicator.nameZh, indicator.name, indicator.id]
        .filter((text) => text !== '')
        .map((text) => nameLikeness(name, text)),
    );
    if (likeness > bestLikeness || (likeness === bestLikeness && best === null)) {
      best = indicator;
      bestLikeness = likeness;
    }
  }
  return best;
}
