import { z } from 'zod';
import { ImportProfileSchema, type ImportProfile } from '../../api/import';
import type { DatasetStore } from '../ports';
import {
  cellAt,
  cellText,
  columnHeaderText,
  headerKey,
  HEADER_SEARCH_ROWS,
  type WorkbookGrid,
} from '../../workbook/read';

/** Profiles live beside the dataset, so the desktop app and the command line share them. */
export const PROFILES_DOCUMENT = 'import-profiles';
const ProfilesSchema = z.array(ImportProfileSchema);

export async function readProfiles(store: DatasetStore): Promise<ImportProfile[]> {
  const parsed = ProfilesSchema.safeParse((await store.readMeta(PROFILES_DOCUMENT)) ?? []);
  return parsed.success ? parsed.data : [];
}

export async function writeProfiles(store: DatasetStore, profiles: ImportProfile[]): Promise<void> {
  await store.commit({ meta: { [PROFILES_DOCUMENT]: profiles.length > 0 ? profiles : null } });
}

/** Header texts of a sheet's first rows, comparable. */
function headerKeys(workbook: WorkbookGrid, sheet: string | undefined): Set<string> {
  const keys = new Set<string>();
  for (const grid of workbook.sheets) {
    if (sheet !== undefined && grid.name !== sheet) continue;
    for (let row = 0; row < Math.min(HEADER_SEARCH_ROWS, grid.rows.length); row++) {
      for (let column = 0; column < grid.columnCount; column++) {
        const text = cellText(cellAt(grid, row, column));
        if (text === '') continue;
        keys.add(headerKey(text));
        // A two-row header's column is named by both rows (`4月 绝对量`).
        if (row > 0) keys.add(headerKey(columnHeaderText(grid, row - 1, row, column)));
      }
    }
  }
  return keys;
}

/** The saved profile whose headers the file has, every one of them; the one naming most wins. */
export function matchProfile(workbook: WorkbookGrid, profiles: readonly ImportProfile[]): ImportProfile | null {
  let best: ImportProfile | null = null;
  let bestScore = 0;
  for (const profile of profiles) {
    const headers = profile.mapping.filter((entry) => entry.field !== null).map((entry) => headerKey(entry.header));
    if (headers.length === 0) continue;
    const present = headerKeys(workbook, profile.sheet);
    if (!headers.every((header) => present.has(header))) continue;
    if (headers.length > bestScore) {
      best = profile;
      bestScore = headers.length;
    }
  }
  return best;
}
