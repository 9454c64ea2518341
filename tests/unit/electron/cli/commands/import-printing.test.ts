import { describe, expect, it } from 'vitest';
import {
  dryRunLines,
  hintLines,
  readingLines,
  reportLines,
} from '../../../../../electron/cli/commands/import-printing';
import type { ImportPreview, ImportReport } from '../../../../../shared/api';

/** A release table as the new readers describe it (retyped-B-units-in-header.xlsx in shared/real-spreadsheets). */
const preview: ImportPreview = {
  token: 't1',
  fileName: 'retyped-B.xlsx',
  format: 'xlsx',
  encoding: null,
  sheets: [{ name: '表1', rows: 30, columns: 5 }],
  layout: 'release-table',
  sheet: '表1',
  headerRow: 3,
  mapping: [
    { column: 'A', header: '指标名称', field: 'indicator' },
    { column: 'B', header: '本月(亿元)', field: 'month_value' },
    { column: 'E', header: '备注', field: null },
  ],
  fields: ['indicator', 'month_value'],
  sample: [],
  given: { zoneId: 'cn', period: '2020-04', basis: null },
  profile: '统计局月报',
  profileReason: 'fingerprint',
  detection: {
    layout: 'release-table',
    confidence: 0.9,
    reason: 'measures across under 本月 / 累计',
    runnerUp: { layout: 'indicators-by-periods', confidence: 0.3, reason: 'no period headers' },
  },
  reading: [
    { what: 'header-rows', value: '3-4', from: '表1!A3:E4' },
    { what: 'period', value: '2020-04', from: 'title 表1!A1' },
    { what: 'unit-scale', value: '亿元 → 万元 ×10000', from: 'header 表1!B3' },
  ],
  unmapped: 2,
  unknownIndicators: [],
  rows: 12,
  valid: 10,
  errors: 2,
  warnings: 0,
  problems: [{ severity: 'error', place: '表1!F5', message: 'a figure no column mapping reads', found: '272.1' }],
  diff: { added: 10, changed: 0, unchanged: 0, conflicts: 0 },
  conflicts: [],
  zonesToCreate: [{ id: 'cn', name: 'China', nameZh: '全国', region: '', benchmarkZoneId: null }],
  indicatorsToCreate: [],
  catalogConflicts: [],
};

describe('what zone-stats import prints', () => {
  it('says what was read and why before any figure: sheet, header rows, layout and runner-up, period, unit scale, profile and mapping', () => {
    expect(readingLines(preview)).toEqual([
      'retyped-B.xlsx: read as xlsx, sheet 表1, header row 3, release-table layout',
      '  layout release-table (confidence 0.9: measures across under 本月 / 累计); runner-up indicators-by-periods (confidence 0.3: no period headers)',
      '  header-rows: 3-4 (from 表1!A3:E4)',
      '  period: 2020-04 (from title 表1!A1)',
      '  unit-scale: 亿元 → 万元 ×10000 (from header 表1!B3)',
      '  for what the sheet does not say: zone cn, period 2020-04',
      '  profile 统计局月报 applied (the file has its headers)',
      '  mapping: A "指标名称" → indicator; B "本月(亿元)" → month_value; E "备注" → (left out)',
    ]);
  });

  it('says a profile was named, and that there was no runner-up', () => {
    const lines = readingLines({
      ...preview,
      profileReason: 'named',
      detection: { ...preview.detection!, runnerUp: null },
    });
    expect(lines[1]).toBe('  layout release-table (confidence 0.9: measures across under 本月 / 累计); runner-up none');
    expect(lines).toContain('  profile 统计局月报 applied (named by --profile)');
  });

  it('prints only what the preview has: no detection, notes, profile or given values', () => {
    const bare = {
      ...preview,
      detection: null,
      reading: [],
      profile: null,
      profileReason: null,
      given: { zoneId: null, period: null, basis: null },
      mapping: [],
    };
    expect(readingLines(bare)).toEqual(['retyped-B.xlsx: read as xlsx, sheet 表1, header row 3, release-table layout']);
  });

  it('hints at --skip-unmapped for unmapped figures and proposes the zones --create-zones would create', () => {
    expect(hintLines(preview, {})).toEqual([
      '  2 figures in the file no column mapping reads (each listed with its place); add --skip-unmapped to import without them',
      '  proposed zones: cn (全国)',
      '  add --create-zones to create them',
    ]);
    expect(hintLines(preview, { skipUnmapped: true, createZones: true })).toEqual([]);
    expect(hintLines({ unmapped: 1, zonesToCreate: [] }, {})[0]).toMatch(/^ {2}1 figure in the file/);
  });

  it('names each indicator the store lacks with its likeliest match and the flags that decide it', () => {
    const unknownIndicators = [
      {
        name: '规上工业增加值',
        place: '表1!A4',
        rows: 2,
        choice: null,
        suggestion: { id: 'iav', name: '', nameZh: '规模以上工业增加值' },
      },
      { name: '原油', place: '表1!A5', rows: 1, choice: 'skip' as const, suggestion: null },
    ];
    expect(hintLines({ unmapped: 0, zonesToCreate: [], unknownIndicators }, {})).toEqual([
      '  indicator "规上工业增加值" (表1!A4, 2 row(s)) is not in the store, likeliest iav (规模以上工业增加值): created unless --map-indicator "规上工业增加值=ID" or --skip-indicator "规上工业增加值"',
    ]);
  });

  it('prints a dry run as reading, counts, what it would create, problems, then hints', () => {
    const lines = dryRunLines(preview, {});
    expect(lines.slice(8)).toEqual([
      '  dry run, nothing written: would add 10, change 0, leave 0 unchanged; conflicts 0, errors 2, warnings 0',
      '  zones to create: cn; indicators to create: none',
      '  error 表1!F5: a figure no column mapping reads (found "272.1")',
      '  2 figures in the file no column mapping reads (each listed with its place); add --skip-unmapped to import without them',
      '  proposed zones: cn (全国)',
      '  add --create-zones to create them',
    ]);
  });

  it('prints a report with the rows left out and the catalog updates', () => {
    const report: ImportReport = {
      importId: 'imp-1',
      fileName: 'a.xlsx',
      committed: true,
      added: 3,
      changed: 1,
      unchanged: 2,
      conflicts: 1,
      overwritten: 1,
      kept: 0,
      errors: 1,
      warnings: 0,
      skipped: 1,
      zonesCreated: [],
      indicatorsCreated: ['iav'],
      catalogUpdated: ['bt'],
      backupId: 'b-1',
      problems: [],
    };
    expect(reportLines(report)).toEqual([
      '  committed as import imp-1 (backup b-1)',
      '  added 3, changed 1, unchanged 2, conflicts 1 (overwritten 1, kept 0), errors 1, warnings 0, rows left out 1',
      '  zones created: none; indicators created: iav; updated: bt',
    ]);
  });
});
