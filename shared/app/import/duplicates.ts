import type { ImportProblem } from '../../api/import';
import { sameFigures } from '../../model';
import { withBlanksFrom, type PlannedObservation } from './drafts';
import { RowsByKey } from './rows-by-key';

/**
 * One observation per key: a repeated row with the same figures is dropped with a warning; two
 * rows of the file with the same key and different figures are both errors (neither is guessed).
 * Two records that complete each other (one the value, the other the YoY %) are one observation.
 */
export function removeDuplicates(
  planned: PlannedObservation[],
  problems: ImportProblem[],
): { kept: PlannedObservation[]; rejected: number } {
  const first = new RowsByKey<PlannedObservation>();
  /** The first row of each key that another row of the file contradicts. */
  const clashing = new Set<PlannedObservation>();
  const kept: PlannedObservation[] = [];
  for (let index = 0; index < planned.length; index++) {
    const item = planned[index]!;
    const earlier = first.get(item.draft);
    if (!earlier) {
      first.set(item.draft, item);
      kept.push(item);
      continue;
    }
    const together = complement(earlier, item);
    if (together) {
      // Series readers give a key's value and its YoY as two records (X_累计, X_累计同比实际增速): one observation.
      earlier.draft = together;
      continue;
    }
    if (sameFigures(earlier.draft, item.draft)) {
      problems.push({
        severity: 'warning',
        code: 'duplicate-row',
        params: { place: earlier.place },
        place: item.place,
        found: item.key,
        message: `repeats ${earlier.place}; imported once`,
      });
      continue;
    }
    clashing.add(earlier);
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
  for (const item of clashing) {
    problems.push({
      severity: 'error',
      code: 'duplicate-clashing-first',
      place: item.place,
      found: describe(item),
      message: 'another row of the file has the same key with different figures',
    });
  }
  const survivors = kept.filter((item) => !clashing.has(item));
  return { kept: survivors, rejected: kept.length - survivors.length };
}

function describe(item: PlannedObservation): string {
  const { value, yoyPct } = item.draft;
  return `value ${value ?? '—'}, YoY ${yoyPct ?? '—'}`;
}

/** The two drafts as one when no figure or text of one contradicts the other's and each brings something; else null. */
function complement(a: PlannedObservation, b: PlannedObservation): PlannedObservation['draft'] | null {
  const x = a.draft;
  const y = b.draft;
  const fits = <T>(left: T | null, right: T | null) => left === null || right === null || left === right;
  const fitsText = (left: string, right: string) => left === '' || right === '' || left === right;
  if (
    !fits(x.value, y.value) ||
    !fits(x.yoyPct, y.yoyPct) ||
    !fitsText(x.source, y.source) ||
    !fitsText(x.note, y.note)
  )
    return null;
  const brings = (x.value === null && y.value !== null) || (x.yoyPct === null && y.yoyPct !== null);
  if (!brings) return null;
  return withBlanksFrom(x, y);
}
