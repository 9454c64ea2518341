import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeComparisonWorkbook } from '../../../shared/workbook/write';
import { sampleInput } from '../../unit/workbook/write/sample-input';
import { hasLibreOffice } from './libreoffice';
import { hasOpenpyxl, openpyxlLayout } from './openpyxl';

const ARTIFACTS = join(process.cwd(), 'test-artifacts', 'export');
const SHEETS = ['Highlights', 'Comparison', 'Metrics', 'Zones', 'Indicators', 'Observations', 'About'];

async function writeSample(language: 'en' | 'zh'): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'zone-stats-report-')), `comparison-${language}.xlsx`);
  const input = sampleInput();
  writeFileSync(file, await writeComparisonWorkbook({ ...input, options: { ...input.options, language } }));
  return file;
}

describe.skipIf(!hasOpenpyxl)('the comparison workbook in openpyxl', () => {
  it('loads without a warning, with real frozen panes, bold headers, autofilters and a landscape one-page-wide print setup', async () => {
    const { layout, stderr } = openpyxlLayout(await writeSample('en'));
    expect(stderr).toBe('');
    expect(layout.map((sheet) => sheet.name)).toEqual(SHEETS);
    const byName = new Map(layout.map((sheet) => [sheet.name, sheet]));
    // Comparison: a title row, the header row under it, the indicator column kept: panes at B3.
    expect(byName.get('Comparison')).toMatchObject({ freeze: 'B3', printTitleRows: '$1:$2', headerBold: true });
    expect(byName.get('Metrics')).toMatchObject({
      freeze: 'A2',
      printTitleRows: '$1:$1',
      autoFilter: 'A1:U5',
      headerBold: true,
    });
    expect(byName.get('Observations')).toMatchObject({ freeze: 'A2', autoFilter: 'A1:H6' });
    for (const sheet of layout)
      expect(sheet, sheet.name).toMatchObject({
        orientation: 'landscape',
        fitToWidth: 1,
        fitToHeight: 0,
        fitToPage: true,
      });
  });
});

describe.skipIf(!hasLibreOffice)('the comparison workbook printed by LibreOffice', () => {
  it(
    'prints Highlights landscape, its sentences wrapped on the page (PNG kept for a look)',
    { timeout: 240_000 },
    async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      for (const language of ['en', 'zh'] as const) {
        const file = await writeSample(language);
        const outdir = mkdtempSync(join(tmpdir(), 'zone-stats-pdf-'));
        const profile = `file://${mkdtempSync(join(tmpdir(), 'zone-stats-lo-profile-'))}`;
        execFileSync(
          'soffice',
          [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outdir, file],
          { stdio: 'pipe', timeout: 180_000 },
        );
        const pdf = join(
          outdir,
          readdirSync(outdir).find((name) => name.endsWith('.pdf'))!,
        );
        const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
        const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
        // A4 landscape: 842 × 595 points.
        expect(Number(width)).toBeGreaterThan(Number(height));
        const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' });
        expect(text).toContain(language === 'en' ? 'Highlight' : '要点');
        expect(text).toContain(language === 'en' ? 'grew 14.8% year on year' : '14.8%');
        execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '60', '-png', pdf, join(outdir, 'page')]);
        const png = readdirSync(outdir).find((name) => name.endsWith('.png'))!;
        copyFileSync(join(outdir, png), join(ARTIFACTS, `highlights-printed-${language}.png`));
      }
    },
  );
});
