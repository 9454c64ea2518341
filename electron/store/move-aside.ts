import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { StoreNotice } from '../../shared/api';
import { timeStamp } from './time-stamp';

/**
 * Moves a damaged file out of the way (`2024.json` → `2024.damaged-<time>.json`, beside it) so the
 * rest opens and nothing is lost, and says so in a notice that offers the latest backup.
 */
export function moveAside(directory: string, file: string, now: Date, latestBackupId: string | null): StoreNotice {
  const from = join(directory, file);
  const stem = from.replace(/\.json$/, '');
  let to = `${stem}.damaged-${timeStamp(now)}.json`;
  for (let copy = 2; existsSync(to); copy++) to = `${stem}.damaged-${timeStamp(now)}-${copy}.json`;
  renameSync(from, to);
  return { kind: 'damaged-file', file: from, movedTo: to, at: now.toISOString(), latestBackupId };
}
