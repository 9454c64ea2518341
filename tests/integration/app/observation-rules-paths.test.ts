import { afterEach, describe, expect, it } from 'vitest';
import { checkClaims, type BriefStatement } from '../../../shared/brief';
import type { Indicator, Zone } from '../../../shared/model';
import { readFigureText } from '../../../renderer/features/entry/model/checks/cell-input';
import { cellWarnings } from '../../../renderer/features/entry/model/checks/cell-warnings';
import { openImportApp, unwrap, workbookFile, type ImportApp } from '../import/import-app';

/**
 * One rule, every path (issue 17 §1): the entry screen, saveObservations, import and a brief's
 * proposals refuse the same negative level of a flow and warn the same growth beyond the range.
 */
const ZONE: Zone = { id: 'bt', name: 'Baotou', nameZh: '包头', region: '', benchmarkZoneId: null };
const IAV: Indicator = {
  id: 'iav',
  name: 'Industrial output',
  nameZh: '工业总产值',
  unit: '万元',
  kind: 'flow',
  parentId: null,
  required: false,
  plausibleYoyMin: -30,
  plausibleYoyMax: 60,
};
// The clock of openImportApp is 2025-06-25: June 2025 is the latest period a figure can have.
const LATEST = '2025-06';
const NEGATIVE_LEVEL = -5;
/** 80 % is above the plausible maximum of 60 %. */
const TOO_FAST = 80;

let app: ImportApp | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

async function appWithCatalog(): Promise<ImportApp> {
  const opened = await openImportApp();
  unwrap(await opened.api.createZone({ zone: ZONE }));
  unwrap(await opened.api.createIndicator({ indicator: IAV }));
  return opened;
}

function statement(value: number | null, yoyPct: number | null): BriefStatement {
  return {
    span: [0, 1],
    text: '…',
    zone: '包头',
    indicator: '工业总产值',
    period: '2025-05',
    basis: 'ytd',
    value,
    unit: value === null ? null : '万元',
    yoyPct,
    yoyDecimals: 1,
    derived: false,
    claims: [],
  };
}
const resolve = (phrase: string, kind: 'zone' | 'indicator') =>
  kind === 'zone' ? (phrase === '包头' ? 'bt' : null) : phrase === '工业总产值' ? 'iav' : null;

describe('the observation rules on every path', () => {
  it('entry: the cell refuses the negative level and marks the growth', () => {
    expect(readFigureText(String(NEGATIVE_LEVEL), 'value', IAV, '2025-05', LATEST)).toEqual({
      ok: false,
      problem: { kind: 'negative-level', found: '-5' },
    });
    const key = { zoneId: 'bt', indicatorId: 'iav', period: '2025-05', basis: 'ytd' as const };
    expect(cellWarnings(key, IAV, [IAV], () => ({ value: 100, yoyPct: TOO_FAST, source: '', note: '' }))).toEqual([
      { kind: 'implausible-yoy', found: 80, limit: 60 },
    ]);
  });

  it('save: refuses the negative level, nothing written; saves the fast growth with its warning', async () => {
    app = await appWithCatalog();
    const refused = await app.api.saveObservations({
      observations: [
        {
          zoneId: 'bt',
          indicatorId: 'iav',
          period: '2025-05',
          basis: 'ytd',
          value: NEGATIVE_LEVEL,
          yoyPct: 5,
          source: '',
          note: '',
        },
      ],
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.problems).toEqual([
      {
        place: 'observations.0.value',
        found: '-5',
        expected: '0 or more: a flow cannot be negative',
        message: 'a negative level',
      },
    ]);
    expect(unwrap(await app.api.getObservations({}))).toEqual([]);

    const saved = unwrap(
      await app.api.saveObservations({
        observations: [
          {
            zoneId: 'bt',
            indicatorId: 'iav',
            period: '2025-05',
            basis: 'ytd',
            value: 100,
            yoyPct: TOO_FAST,
            source: '',
            note: '',
          },
        ],
      }),
    );
    expect(saved).toEqual({
      added: 1,
      changed: 0,
      unchanged: 0,
      warnings: [
        {
          place: 'observations.0.yoyPct',
          found: '80',
          expected: 'between -30% and 60%',
          message: 'growth outside the plausible range',
        },
      ],
    });
  });

  it("import: an error at the level's cell, a warning at the growth's", async () => {
    app = await appWithCatalog();
    const file = await workbookFile('rules.xlsx', {
      Observations: [
        ['zone', 'indicator', 'period', 'basis', 'value', 'yoy_pct', 'source', 'note'],
        ['bt', 'iav', '2025-05', 'ytd', NEGATIVE_LEVEL, 5, '', ''],
        ['bt', 'iav', '2025-04', 'ytd', 100, TOO_FAST, '', ''],
      ],
    });
    const preview = unwrap(await app.api.previewImport({ file }));
    const rules = preview.problems.filter(
      (problem) => problem.message === 'a negative level' || problem.message === 'growth outside the plausible range',
    );
    expect(rules).toEqual([
      {
        severity: 'error',
        code: 'negative-level',
        params: {},
        place: 'Observations!E2',
        found: '-5',
        expected: '0 or more: a flow cannot be negative',
        message: 'a negative level',
      },
      {
        severity: 'warning',
        code: 'growth-implausible',
        params: { range: 'between -30% and 60%' },
        place: 'Observations!F3',
        found: '80',
        expected: 'between -30% and 60%',
        message: 'growth outside the plausible range',
      },
    ]);
    expect((await app.api.commitImport({ file })).ok).toBe(false);
    expect(unwrap(await app.api.getObservations({}))).toEqual([]);
  });

  it('brief: the negative level proposes nothing, the fast growth is proposed and marked', async () => {
    app = await appWithCatalog();
    const catalog = {
      zones: unwrap(await app.api.listZones({})),
      indicators: unwrap(await app.api.listIndicators({})),
    };
    const [negative, fast] = checkClaims(
      [statement(NEGATIVE_LEVEL, 5), statement(null, TOO_FAST)],
      catalog,
      [],
      resolve,
      { latest: LATEST },
    );
    expect(negative!.proposal).toBeNull();
    expect(negative!.problems).toEqual([
      {
        kind: 'refused',
        problem: {
          kind: 'negative-level',
          field: 'value',
          found: '-5',
          expected: '0 or more: a flow cannot be negative',
          message: 'a negative level',
        },
      },
    ]);
    expect(fast!.proposal).toEqual({
      zoneId: 'bt',
      indicatorId: 'iav',
      period: '2025-05',
      basis: 'ytd',
      value: null,
      yoyPct: 80,
    });
    expect(fast!.problems).toEqual([{ kind: 'warning', warning: { kind: 'implausible-yoy', found: 80, limit: 60 } }]);
  });
});
