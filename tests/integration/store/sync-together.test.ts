import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncFilesTogether, syncFoldersTogether } from '../../../electron/store/sync-together';
import { useTempDirectories } from './fixtures';

const tempDirectory = useTempDirectories();

describe('syncing many files together', () => {
  it('syncs every file and folder given, more than are in flight at once', async () => {
    const directory = await tempDirectory();
    const files = Array.from({ length: 30 }, (_, index) => join(directory, `${index}.json`));
    for (const file of files) writeFileSync(file, '{}');
    await expect(syncFilesTogether(files)).resolves.toBeUndefined();
    mkdirSync(join(directory, 'a', 'b'), { recursive: true });
    await expect(
      syncFoldersTogether([directory, join(directory, 'a'), join(directory, 'a', 'b')]),
    ).resolves.toBeUndefined();
    await expect(syncFilesTogether([])).resolves.toBeUndefined();
  });

  it('rejects when one of the files cannot be synced', async () => {
    const directory = await tempDirectory();
    const files = Array.from({ length: 30 }, (_, index) => join(directory, `${index}.json`));
    for (const file of files.slice(0, 29)) writeFileSync(file, '{}');
    await expect(syncFilesTogether(files)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
