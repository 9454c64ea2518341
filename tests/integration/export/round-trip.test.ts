import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppApi } from '../../../shared/api';
import type { Indicator, Observation, Zone } from '../../../shared/model';
import { enterSeed } from '../metrics/seed-data';
import { openExportApp, unwrap, type ExportApp } from './temp-export-app';

/** What an observation is, without when it was stored: the figures a round trip must keep. */
function figures(observations: Observation[]) {
  return observations
    .map(({ zoneId, indicatorId, period, basis, value, yoyPct, source, note }) => ({
      zoneId,
      indicatorId,
      period,
      basis,
      value,
      yoyPct,
      source,
      note,
    }))
    .sort((a, b) =>
      `${a.zoneId}|${a.indicatorId}|${a.basis}|${a.period}`.localeCompare(
        `${b.zoneId}|${b.indicatorId}|${b.basis}|${b.period}`,
      ),
    );
}

async function dataset(
  handlers: AppApi,
): Promise<{ zones: Zone[]; indicators: Indicator[]; observations: ReturnType<typeof figures> }> {
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  return {
    zones: byId(unwrap(await handlers.listZones({}))),
    indicators: byId(unwrap(await handlers.listIndicators({}))),
    observations: figures(unwrap(await handlers.getObservations({}))),
  };
}

/**
 * Names, notes and figures that a careless writer or reader would change on the way. (Text that
 * starts with a tab or CR stays text in the workbook — see the writer's tests — but the import
 * trims the space around a source or note, so it is not part of the exact round trip.)
 */
const TRICKY_ZONE: Zone = {
  id: '007',
  name: '=HYPERLINK("http://evil.example","x")',
  nameZh: '+1 区',
  region: '@SUM(A1)',
  benchmarkZoneId: 'baotou-city',
  aliases: ['=零零七', '7号区'],
};
const TRICKY_INDICATOR: Indicator = {
  id: 'share',
  name: '-2 share',
  nameZh: '占比',
  unit: '%',
  kind: 'rate',
  parentId: null,
  required: true,
  plausibleYoyMin: -12.5,
  plausibleYoyMax: 40,
  aliases: ['占比重', 'the share'],
};
const TRICKY_OBSERVATIONS = [
  {
    zoneId: '007',
    indicatorId: 'iav',
    period: '2025-05',
    basis: 'ytd' as const,
    value: 1234.5678901234567,
    yoyPct: -3.25,
    source: '@ bureau',
    note: '-3.2 was published first',
  },
  {
    zoneId: '007',
    indicatorId: 'iav',
    period: '2025-04',
    basis: 'month' as const,
    value: 250.5,
    yoyPct: -12.5,
    source: '',
    note: '=1+1',
  },
  {
    zoneId: '007',
    indicatorId: 'share',
    period: '2025-03',
    basis: 'month' as const,
    value: 0,
    yoyPct: 0,
    source: 'a "quoted", comma',
    note: '多行\n备注',
  },
];

describe('an export imports back into an empty store unchanged', () => {
  let source: ExportApp;
  let target: ExportApp;

  beforeAll(async () => {
    source = await openExportApp();
    target = await openExportApp();
    await enterSeed(source.handlers);
    unwrap(await source.handlers.createZone({ zone: TRICKY_ZONE }));
    unwrap(await source.handlers.createIndicator({ indicator: TRICKY_INDICATOR }));
    unwrap(await source.handlers.saveObservations({ observations: TRICKY_OBSERVATIONS }));
  });

  afterAll(async () => {
    await source?.dispose();
    await target?.dispose();
  });

  it('gives back exactly the same zones, indicators and observations', async () => {
    const file = unwrap(await source.exportWorkbook({}));
    const report = unwrap(await target.handlers.commitImport({ file: await target.importable(file) }));
    expect(report).toMatchObject({ committed: true, errors: 0, conflicts: 0, changed: 0 });
    const before = await dataset(source.handlers);
    const after = await dataset(target.handlers);
    expect(after.zones).toEqual(before.zones);
    expect(after.indicators).toEqual(before.indicators);
    expect(after.observations).toEqual(before.observations);
    expect(report.added).toBe(before.observations.length);
    expect(report.warnings).toBe(0);
  });

  it('changes nothing when the same export (in Chinese) is imported a second time', async () => {
    const again = await openExportApp();
    try {
      const file = unwrap(await source.exportWorkbook({ language: 'zh' }));
      const first = unwrap(await again.handlers.commitImport({ file: await again.importable(file) }));
      expect(first).toMatchObject({ committed: true, errors: 0 });
      const second = unwrap(await again.handlers.commitImport({ file: await again.importable(file) }));
      expect(second).toMatchObject({ added: 0, changed: 0, conflicts: 0, errors: 0 });
      expect((await dataset(again.handlers)).observations).toEqual((await dataset(source.handlers)).observations);
    } finally {
      await again.dispose();
    }
  });
});
