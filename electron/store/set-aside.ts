import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { StoreNotice } from '../../shared/api';
import { fsyncDirectory } from './durable-fs';
import { META_FOLDER, OBSERVATIONS_FOLDER } from './layout';
import { timeStamp } from './time-stamp';

/** Where damaged files go once the user accepted their loss (or restored a backup): kept, never deleted. */
export const ACCEPTED_FOLDER = 'damaged-accepted';

/** `2024.damaged-20261201T000000000Z.json` or `…Z-2.json` as moveAside names them; `wal.damaged-….log` as the log does. */
const SET_ASIDE = /\.damaged-(\d{8}T\d{9}Z)(?:-\d+)?\.(json|log)$/;

/**
 * Damaged files moved aside and not yet decided on (relative, `/`-separated): while any is left,
 * the dataset lacks what they held, and writing would make that loss permanent.
 */
export function listSetAside(directory: string): string[] {
  const found: string[] = [];
  const scan = (folder: string) => {
    const path = join(directory, folder);
    if (!existsSync(path)) return;
    for (const name of readdirSync(path)) {
      const relative = folder ? `${folder}/${name}` : name;
      if (SET_ASIDE.test(name)) found.push(relative);
      else if (folder === OBSERVATIONS_FOLDER && statSync(join(path, name)).isDirectory()) scan(relative);
    }
  };
  scan('');
  scan(OBSERVATIONS_FOLDER);
  scan(META_FOLDER);
  return found.sort();
}

/** The notice of a file set aside at an earlier open, as the open that moved it gave it. */
export function setAsideNotice(directory: string, relative: string, latestBackupId: string | null): StoreNotice {
  const stamp = SET_ASIDE.exec(relative)?.[1] ?? '';
  const at = stamp.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/, '$1-$2-$3T$4:$5:$6.$7Z');
  return {
    kind: 'damaged-file',
    file: join(directory, relative.replace(SET_ASIDE, '.$2')),
    movedTo: join(directory, relative),
    at,
    latestBackupId,
  };
}

/** Moves set-aside files under `damaged-accepted/<time>/`, keeping their place in the folder tree. */
export function archiveSetAside(directory: string, files: readonly string[], now: Date): string[] {
  const target = join(directory, ACCEPTED_FOLDER, timeStamp(now));
  const moved: string[] = [];
  for (const file of files) {
    const to = join(target, file);
    mkdirSync(dirname(to), { recursive: true });
    renameSync(join(directory, file), to);
    fsyncDirectory(dirname(join(directory, file)));
    moved.push(to);
  }
  if (files.length > 0) fsyncDirectory(target);
  return moved;
}
