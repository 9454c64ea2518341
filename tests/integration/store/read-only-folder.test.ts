import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDatasetStore } from '../../../electron/store';
import { makeCatalog, makeObservations, useTempDirectories } from './fixtures';

const tempDirectory = useTempDirectories();
const reader = fileURLToPath(new URL('./child/read-only-reader.ts', import.meta.url));
const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;

/** Whether another user may reach the reader and Node (every folder above them searchable by others). */
function othersCanReach(path: string): boolean {
  for (let folder = dirname(path); ; folder = dirname(folder)) {
    if ((statSync(folder).mode & 0o001) === 0) return false;
    if (dirname(folder) === folder) return true;
  }
}
const nobodyCanRun = isRoot && othersCanReach(reader) && othersCanReach(process.execPath);
if (isRoot && !nobodyCanRun)
  console.warn(
    'read-only folder test skipped: the checkout sits in a folder other users cannot enter (e.g. mktemp -d)',
  );

/** Every file and folder as it was: names, sizes and times. */
function snapshot(directory: string): string[] {
  return (readdirSync(directory, { recursive: true }) as string[]).sort().map((file) => {
    const info = statSync(join(directory, file));
    return `${file} ${info.size} ${info.mtimeMs}`;
  });
}

describe('a data folder this user cannot write (issue 10 §8)', () => {
  // Root writes anywhere, so the reader runs as nobody (setpriv) over a folder only root may write.
  it.runIf(nobodyCanRun)(
    'is read (figures, zones) and a write is refused with what to do, nothing touched',
    async () => {
      const directory = await tempDirectory();
      const store = await openDatasetStore({ directory });
      await store.commit({
        catalog: makeCatalog(2, 2),
        upsert: makeObservations({ zones: 2, indicators: 2, years: 1 }),
      });
      await store.close();
      chmodSync(directory, 0o755);
      const before = snapshot(directory);

      const output = execFileSync(
        'setpriv',
        [
          `--reuid=${NOBODY}`,
          `--regid=${NOBODY}`,
          '--clear-groups',
          process.execPath,
          '--import',
          'tsx',
          reader,
          directory,
        ],
        {
          encoding: 'utf8',
          env: { ...process.env, HOME: '/tmp' },
        },
      );
      const result = JSON.parse(output.trim().split('\n').at(-1)!) as {
        observations: number;
        zones: string[];
        write: { ok: boolean; error?: { code: string; message: string } };
      };
      // 2 zones × 2 indicators × 12 months × 2 bases.
      expect(result.observations).toBe(96);
      expect(result.zones).toEqual(['zone-01', 'zone-02']);
      expect(result.write).toEqual({
        ok: false,
        error: {
          code: 'refused',
          message: `The data folder ${directory} is read-only: nothing can be saved there. Reading works; to save, make the folder writable for this user (or copy it somewhere writable and use --data).`,
        },
      });
      expect(snapshot(directory)).toEqual(before);
    },
  );
});
