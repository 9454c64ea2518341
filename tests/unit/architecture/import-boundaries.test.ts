import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Lints a file's text as if it stood at `path`, with the project's own config: the boundaries are rules of that config. */
async function restrictedImports(path: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath: path });
  return result!.messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('import boundaries (eslint.config.js)', () => {
  it('refuses an import from a higher layer of shared/', async () => {
    const messages = await restrictedImports(
      'shared/metrics/probe.ts',
      "import type { AppApi } from '../api';\nexport type Probe = AppApi;\n",
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('shared/metrics sits below');
    expect(
      await restrictedImports(
        'shared/model/probe.ts',
        "import { parseNumber } from '../parse';\nexport const probe = parseNumber;\n",
      ),
    ).toHaveLength(1);
    expect(
      await restrictedImports(
        'shared/workbook/probe.ts',
        "import { readBrief } from '../brief';\nexport const probe = readBrief;\n",
      ),
    ).toHaveLength(1);
  });

  it('lets a layer import the ones below it', async () => {
    expect(
      await restrictedImports(
        'shared/app/probe.ts',
        "import type { AppApi } from '../api';\nimport { parseNumber } from '../parse';\nexport type Probe = AppApi;\nexport const probe = parseNumber;\n",
      ),
    ).toEqual([]);
    expect(
      await restrictedImports(
        'shared/workbook/probe.ts',
        "import type { MetricRow } from '../metrics';\nimport * as XLSX from 'xlsx';\nexport type Probe = MetricRow;\nexport const probe = XLSX;\n",
      ),
    ).toEqual([]);
  });

  it('keeps xlsx in shared/workbook, electron in main and preload, Node out of shared/', async () => {
    expect(
      await restrictedImports('shared/metrics/probe.ts', "import * as XLSX from 'xlsx';\nexport const probe = XLSX;\n"),
    ).toHaveLength(1);
    expect(
      await restrictedImports(
        'electron/store/probe.ts',
        "import { app } from 'electron';\nexport const probe = app;\n",
      ),
    ).toHaveLength(1);
    expect(
      await restrictedImports(
        'shared/parse/probe.ts',
        "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n",
      ),
    ).toHaveLength(1);
  });
});
