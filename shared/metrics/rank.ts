import { roundPublished } from './rounding';

/** Above this many figures, sorting beats counting. */
const COUNTING_LIMIT = 48;

/**
 * Competition ranks ("1224") of `count` growth figures into `ranks`, 1 = highest; a NaN figure
 * gets rank 0. Figures are compared as published (one decimal): two zones both showing 14.8 %
 * share the better rank. Allocation-free for the usual few dozen zones.
 */
export function rankInto(
  growth: ArrayLike<number>,
  count: number,
  ranks: Int32Array | number[],
  rounded: Float64Array,
): void {
  for (let i = 0; i < count; i++) rounded[i] = Number.isNaN(growth[i]!) ? NaN : roundPublished(growth[i]!);
  if (count > COUNTING_LIMIT) {
    rankBySorting(rounded, count, ranks);
    return;
  }
  for (let i = 0; i < count; i++) {
    const own = rounded[i]!;
    if (Number.isNaN(own)) {
      ranks[i] = 0;
      continue;
    }
    let above = 0;
    for (let j = 0; j < count; j++) if (rounded[j]! > own) above++;
    ranks[i] = above + 1;
  }
}

function rankBySorting(rounded: Float64Array, count: number, ranks: Int32Array | number[]): void {
  const order: number[] = [];
  for (let i = 0; i < count; i++) {
    if (Number.isNaN(rounded[i]!)) ranks[i] = 0;
    else order.push(i);
  }
  order.sort((a, b) => rounded[b]! - rounded[a]!);
  order.forEach((index, position) => {
    const previous = order[position - 1];
    ranks[index] = previous !== undefined && rounded[previous] === rounded[index] ? ranks[previous]! : position + 1;
  });
}

/** Competition ranks of growth figures (see rankInto); NaN → 0. */
export function competitionRanks(growth: readonly number[]): number[] {
  const ranks = new Array<number>(growth.length).fill(0);
  rankInto(growth, growth.length, ranks, new Float64Array(growth.length));
  return ranks;
}
