import { sameFigures, type Revision } from '../model';
import type { StoredRevision } from './ports';

type Figures = Pick<Revision, 'value' | 'yoyPct' | 'source' | 'note'>;

/**
 * Who saved each of `versions` (oldest first), from the versions a shared store recorded as it
 * replaced them (oldest first). A figure's history is the client's list of its earlier figures, so
 * the two are matched by their figures, newest first, each recorded version used once; a version
 * the store never replaced itself (history brought in by a copy) stays without a name.
 */
export function revisionAuthors(
  versions: readonly Figures[],
  recorded: readonly StoredRevision[],
): (string | undefined)[] {
  const authors: (string | undefined)[] = versions.map(() => undefined);
  let unused = recorded.length - 1;
  for (let index = versions.length - 1; index >= 0; index--) {
    let found = unused;
    while (found >= 0 && !sameFigures(recorded[found]!, versions[index]!)) found--;
    if (found < 0) continue;
    authors[index] = recorded[found]!.changedBy;
    unused = found - 1;
  }
  return authors;
}

/** The entry with `changedBy` where an author is known, else unchanged. */
export function withAuthor<T extends object>(entry: T, changedBy: string | undefined): T & { changedBy?: string } {
  return changedBy === undefined ? entry : { ...entry, changedBy };
}
