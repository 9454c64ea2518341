import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppApi, Result } from '../../../shared/api';
import { openTempApp, type TempApp } from '../app/temp-app';

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Written for this test in the style of a bureau release; the city's growth is not stated, only the gap. */
const BRIEF =
  '稀土高新区2025年1-5月工业经济运行情况\n1-5月，稀土高新区规上工业增加值同比增长14.8%，增速高于全市1.8个百分点。';
const MATCHES = [
  { kind: 'indicator' as const, phrase: '规上工业增加值', id: 'iav' },
  { kind: 'zone' as const, phrase: '全市', id: 'baotou' },
];

async function seedCatalog(api: AppApi): Promise<void> {
  unwrap(
    await api.createZone({
      zone: { id: 'baotou', name: 'Baotou', nameZh: '包头市', region: '', benchmarkZoneId: null },
    }),
  );
  unwrap(
    await api.createZone({
      zone: {
        id: 'btrehtz',
        name: 'Baotou Rare Earth Hi-Tech Zone',
        nameZh: '稀土高新区',
        region: '',
        benchmarkZoneId: 'baotou',
      },
    }),
  );
  unwrap(
    await api.createIndicator({
      indicator: {
        id: 'iav',
        name: 'Industrial added value',
        nameZh: '规模以上工业增加值',
        unit: '万元',
        kind: 'flow',
        parentId: null,
      },
    }),
  );
}

describe('a brief through the import path: preview, names matched, commit, undo', () => {
  let app: TempApp;
  beforeEach(async () => {
    app = await openTempApp();
    await seedCatalog(app.handlers);
  });
  afterEach(async () => app.dispose());

  it('refuses to write while a phrase names nothing, naming it', async () => {
    const preview = unwrap(await app.handlers.previewBrief({ text: BRIEF, published: '2025-06-20' }));
    expect(preview.unresolved).toEqual(expect.arrayContaining([{ kind: 'indicator', phrase: '规上工业增加值' }]));
    expect(preview.problems[0]).toMatchObject({
      severity: 'error',
      found: '规上工业增加值',
      message: 'names no indicator of the catalog',
    });
    const commit = await app.handlers.commitBrief({ text: BRIEF, published: '2025-06-20' });
    expect(commit.ok).toBe(false);
    expect(unwrap(await app.handlers.getObservations({}))).toEqual([]);
  });

  it('with the names matched, checks the gap, commits both figures, keeps the matches as aliases, and undoes', async () => {
    const preview = unwrap(await app.handlers.previewBrief({ text: BRIEF, published: '2025-06-20', matches: MATCHES }));
    expect(preview.unresolved).toEqual([]);
    const own = preview.statements.find((statement) => statement.zoneId === 'btrehtz')!;
    expect(own).toMatchObject({ indicatorId: 'iav', period: '2025-05', basis: 'ytd', yoyPct: 14.8 });
    // 14.8 − 13.0 = 1.8: the city's growth is proposed as 14.8 − 1.8, so the gap agrees by construction.
    expect(own.claims[0]).toMatchObject({ kind: 'gap_pp', figure: 1.8, check: 'agrees' });
    const city = preview.statements.find((statement) => statement.zoneId === 'baotou')!;
    expect(city).toMatchObject({ derived: true, yoyPct: 13 });
    expect(preview.diff).toEqual({ added: 2, changed: 0, unchanged: 0, conflicts: 0 });
    expect(preview.source).toBe('稀土高新区2025年1-5月工业经济运行情况, 2025-06-20');

    const report = unwrap(await app.handlers.commitBrief({ text: BRIEF, published: '2025-06-20', matches: MATCHES }));
    expect(report).toMatchObject({ committed: true, added: 2, errors: 0 });
    const stored = unwrap(await app.handlers.getObservations({}));
    expect(
      stored
        .map(({ zoneId, yoyPct, value, source }) => ({ zoneId, yoyPct, value, source }))
        .sort((a, b) => a.zoneId.localeCompare(b.zoneId)),
    ).toEqual([
      { zoneId: 'baotou', yoyPct: 13, value: null, source: '稀土高新区2025年1-5月工业经济运行情况, 2025-06-20' },
      { zoneId: 'btrehtz', yoyPct: 14.8, value: null, source: '稀土高新区2025年1-5月工业经济运行情况, 2025-06-20' },
    ]);
    expect(stored.find((o) => o.zoneId === 'baotou')!.note).toMatch(/^derived/);
    expect(unwrap(await app.handlers.listIndicators({}))[0]!.aliases).toEqual(['规上工业增加值']);
    expect(unwrap(await app.handlers.listZones({})).find((zone) => zone.id === 'baotou')!.aliases).toEqual(['全市']);

    // The next brief from the same source needs no matching, and brings nothing new.
    const again = unwrap(await app.handlers.previewBrief({ text: BRIEF, published: '2025-06-20' }));
    expect(again.unresolved).toEqual([]);
    expect(again.diff).toEqual({ added: 0, changed: 0, unchanged: 1, conflicts: 0 });

    unwrap(await app.handlers.undoImport({ importId: report.importId! }));
    expect(unwrap(await app.handlers.getObservations({}))).toEqual([]);
  });

  it('a figure that contradicts the store is a conflict, decided as an import decides it', async () => {
    unwrap(
      await app.handlers.saveObservations({
        observations: [
          {
            zoneId: 'btrehtz',
            indicatorId: 'iav',
            period: '2025-05',
            basis: 'ytd',
            value: null,
            yoyPct: 14.2,
            source: 'bureau',
            note: '',
          },
        ],
      }),
    );
    const preview = unwrap(await app.handlers.previewBrief({ text: BRIEF, published: '2025-06-20', matches: MATCHES }));
    expect(preview.diff.conflicts).toBe(1);
    expect((await app.handlers.commitBrief({ text: BRIEF, published: '2025-06-20', matches: MATCHES })).ok).toBe(false);
    const report = unwrap(
      await app.handlers.commitBrief({
        text: BRIEF,
        published: '2025-06-20',
        matches: MATCHES,
        onConflict: 'overwrite',
      }),
    );
    expect(report).toMatchObject({ overwritten: 1, added: 1 });
  });

  it('creates an indicator the catalog lacks, named as the brief writes it, in the same commit', async () => {
    const text = '1-5月，稀土高新区新材料产业增加值同比增长21.5%。';
    const creates = [{ kind: 'indicator' as const, phrase: '新材料产业增加值' }];
    const preview = unwrap(await app.handlers.previewBrief({ text, published: '2025-06-20', creates }));
    expect(preview.unresolved).toEqual([]);
    expect(preview.statements[0]).toMatchObject({
      zoneId: 'btrehtz',
      indicatorId: 'xin-cai-liao-chan-ye-zeng-jia-zhi',
      yoyPct: 21.5,
    });
    const report = unwrap(await app.handlers.commitBrief({ text, published: '2025-06-20', creates }));
    expect(report).toMatchObject({ added: 1, indicatorsCreated: ['xin-cai-liao-chan-ye-zeng-jia-zhi'] });
    const created = unwrap(await app.handlers.listIndicators({})).find(
      (indicator) => indicator.id === 'xin-cai-liao-chan-ye-zeng-jia-zhi',
    );
    expect(created).toMatchObject({ name: '', nameZh: '新材料产业增加值', kind: 'flow', parentId: null });
  });

  it('reads an HTML page as its text, the page title as the source', async () => {
    const html =
      '<html><head><title>包头稀土高新区 &amp; 统计</title><style>p{color:red}</style></head><body><p>1-5月，稀土高新区规上工业增加值同比增长14.8%，增速高于全市1.8个百分点。</p></body></html>';
    const preview = unwrap(await app.handlers.previewBrief({ text: html, published: '2025-06-20', matches: MATCHES }));
    expect(preview.source).toBe('包头稀土高新区 & 统计, 2025-06-20');
    expect(preview.statements.map((statement) => statement.yoyPct)).toEqual([14.8, 13]);
  });
});
