import type { ImportProblem } from '../../api/import';
import { sameFigures } from '../../model';
import type { PlannedObservation } from './drafts';

/**
 * One observation per key: a repeated row with the same figures is dropped with a warning; two
 * rows of the file with the same key and different figures are both errors (neither is guessed).
 */
export function removeDuplicates(planned: PlannedObservation[], problems: ImportProblem[]): { kept: PlannedObservation[]; rejected: number } {
  const first = new Map<string, PlannedObservation>();
  const clashing = new Set<string>();
  const kept: PlannedObservation[] = [];
  for (const item of planned) {
    const earlier = first.get(item.key);
    if (!earlier) {
      first.set(item.key, item);
      kept.push(item);
      continue;
    }
    if (sameFigures(earlier.draft, item.draft)) {
      problems.push({ severity: 'warning', code: 'duplicate-row', params: { place: earlier.place }, place: item.place, found: item.key, message: `repeats ${earlier.place}; imported once` });
      continue;
    }
    clashing.add(item.key);
    problems.push({
      severity: 'error',
      code: 'duplicate-different-figures',
      params: { place: earlier.place },
      place: item.place,
      found: describe(item),
      expected: `the same figures as ${earlier.place} (${describe(earlier)}), or a different key`,
      message: `the same zone, indicator, period and basis as ${earlier.place} with different figures`,
    });
  }
  if (clashing.size === 0) return { kept, rejected: 0 };
  for (const key of clashing) {
    const item = first.get(key)!;
    problems.push({ severity: 'error', code: 'duplicate-clashing-first', place: item.place, found: describe(item), message: 'another row of the file has the same key with different figures' });
  }
  const survivors = kept.filter((item) => !clashing.has(item.key));
  return { kept: survivors, rejected: kept.length - survivors.length };
}

function describe(item: PlannedObservation): string {
  const { value, yoyPct } = item.draft;
  return `value ${value ?? '—'}, YoY ${yoyPct ?? '—'}`;
}
