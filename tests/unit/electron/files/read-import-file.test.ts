import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImportFile } from '../../../../electron/files/read-import-file';

describe('readImportFile: only regular files within the limit are read (issue 10 §1)', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'zone-stats-read-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('reads a regular file whole', async () => {
    await writeFile(join(folder, 'ok.csv'), 'zone,value\nbt,1\n');
    const read = await readImportFile(join(folder, 'ok.csv'), 1024);
    expect(read.ok && [read.name, new TextDecoder().decode(read.bytes)]).toEqual(['ok.csv', 'zone,value\nbt,1\n']);
  });

  it('refuses /dev/zero at once instead of reading until the OS kills the process', async () => {
    const started = performance.now();
    expect(await readImportFile('/dev/zero', 50 * 1024 * 1024)).toEqual({
      ok: false,
      message: 'zero is not a regular file (a device, pipe or socket): save the spreadsheet as a file and import that',
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a named pipe without waiting for a writer, a folder, a missing file and one over the limit', async () => {
    execFileSync('mkfifo', [join(folder, 'pipe.xlsx')]);
    expect(await readImportFile(join(folder, 'pipe.xlsx'), 1024)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^pipe\.xlsx is not a regular file/),
    });
    expect(await readImportFile(folder, 1024)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/is a folder, not a spreadsheet file$/),
    });
    expect(await readImportFile(join(folder, 'missing.xlsx'), 1024)).toEqual({
      ok: false,
      message: 'missing.xlsx cannot be opened: there is no such file',
    });
    // 3 MB against a 2 MB limit: refused from its size, before reading.
    await writeFile(join(folder, 'big.xlsx'), new Uint8Array(3 * 1024 * 1024));
    expect(await readImportFile(join(folder, 'big.xlsx'), 2 * 1024 * 1024)).toEqual({
      ok: false,
      message: 'big.xlsx is 3 MB, over the 2 MB import limit',
    });
  });
});
