import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../shared/workbook/read';

const run = promisify(execFile);
const CHILD = fileURLToPath(new URL('./child/read-in-order.ts', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const XLSX_FILE = join(FIXTURES, 'import/canonical-zh.xlsx');
const XLS_FILE = join(FIXTURES, 'real/nbs-iav-growth-months.xls');
const ODS_FILE = join(FIXTURES, 'import/canonical.ods');

interface Step {
  outcome?: unknown;
  error?: string;
  codepagesLoaded: boolean;
}

async function readInFreshProcess(...reads: string[]): Promise<Step[]> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, ...reads], { maxBuffer: 64 << 20 });
  return JSON.parse(stdout) as Step[];
}

/** What this process reads (its code pages loaded by the test setup), as the child's JSON carries it. */
function expected(path: string): unknown {
  return JSON.parse(JSON.stringify(readWorkbook(new Uint8Array(readFileSync(path)), { fileName: basename(path) })));
}

describe("SheetJS's code pages, loaded only for a file that needs them", () => {
  it('a plain .xlsx is read without them; an .xls loads them first and reads as with them loaded at start', async () => {
    const [syncXls, xlsx, xls] = await readInFreshProcess(
      `sync:${XLS_FILE}`,
      `async:${XLSX_FILE}`,
      `async:${XLS_FILE}`,
    );
    // Never read without them: the synchronous reader refuses rather than decode text blindly.
    expect(syncXls).toEqual({ error: 'CodepagesNotLoaded', codepagesLoaded: false });
    expect(xlsx).toEqual({ outcome: expected(XLSX_FILE), codepagesLoaded: false });
    expect(xls).toEqual({ outcome: expected(XLS_FILE), codepagesLoaded: true });
    expect((xls!.outcome as { ok: boolean }).ok).toBe(true);
  });

  it('a ZIP the fast reader leaves to SheetJS (an .ods) loads them once it turns out to need them', async () => {
    const [ods] = await readInFreshProcess(`async:${ODS_FILE}`);
    expect(ods).toEqual({ outcome: expected(ODS_FILE), codepagesLoaded: true });
    expect((ods!.outcome as { ok: boolean }).ok).toBe(true);
  });
});
