import { roundPublished } from './rounding';

/**
 * Competition ranks ("1224") of growth figures, 1 = highest, NaN = no figure → rank 0. Figures are
 * compared as published (one decimal): two zones both showing 14.8 % share the better rank.
 */
export function competitionRanks(growth: readonly number[]): number[] {
  const rounded = growth.map((value) => (Number.isNaN(value) ? NaN : roundPublished(value)));
  const order = rounded
    .map((_, index) => index)
    .filter((index) => !Number.isNaN(rounded[index]!))
    .sort((a, b) => rounded[b]! - rounded[a]!);
  const ranks = new Array<number>(growth.length).fill(0);
  order.forEach((index, position) => {
    const previous = order[position - 1];
    ranks[index] = previous !== undefined && rounded[previous] === rounded[index] ? ranks[previous]! : position + 1;
  });
  return ranks;
}
