import { describe, expect, it } from 'vitest';
import type { PlanOutcome } from '../../../../shared/app/import/plan';
import {
  packedPlanBuffers,
  packPlanOutcome,
  unpackPlanOutcome,
  type PackedPlanOutcome,
} from '../../../../shared/app/import/packed-plan';
import { PlannedRow, SheetRows } from '../../../../shared/app/import/planned-row';

const observations = new SheetRows('Observations', 8);
const other = new SheetRows('月度 数据', 12);

function planWith(planned: PlannedRow[]): PlanOutcome {
  return {
    ok: true,
    plan: {
      fileName: 'figures.xlsx',
      options: { createZones: true },
      summary: {
        fileName: 'figures.xlsx',
        format: 'xlsx',
        encoding: null,
        sheets: [{ name: 'Observations', rows: 3, columns: 8 }],
        profile: null,
        profileReason: null,
        detection: null,
        reading: [],
        unmapped: 0,
        unknownIndicators: [],
        layout: 'canonical',
        sheet: 'Observations',
        headerRow: 1,
        mapping: [],
        fields: [],
        sample: [['zone', new Date(Date.UTC(2025, 0, 31)), 1.5, null]],
        given: { zoneId: null, period: null, basis: null },
        rows: planned.length,
      },
      planned,
      problems: [{ severity: 'warning', place: 'Observations!A2', message: 'a warning' }],
      skipped: 1,
      zonesToCreate: [],
      indicatorsToCreate: [],
      zoneUpdates: [],
      indicatorUpdates: [],
      catalogConflicts: [],
      catalogBlocked: false,
      fileSource: 'figures.xlsx',
    },
  } as PlanOutcome;
}

const row = (
  zoneId: string,
  value: number | null,
  yoyPct: number | null,
  sheet: SheetRows,
  at: number,
  text = { source: '', note: '' },
) => new PlannedRow({ zoneId, indicatorId: 'iav', period: '2025-03', basis: 'ytd', value, yoyPct, ...text }, sheet, at);

/** As the main thread receives it: packed, its buffers handed over as postMessage does, unpacked. */
function handedOver(outcome: PlanOutcome): PlanOutcome {
  const packed = packPlanOutcome(outcome);
  return unpackPlanOutcome(structuredClone(packed, { transfer: packedPlanBuffers(packed) }));
}

/** What a planned row says: its draft, key and place (the getters a clone would lose). */
const said = (outcome: PlanOutcome) =>
  outcome.ok
    ? {
        ...outcome.plan,
        planned: outcome.plan.planned.map(({ draft, key, place }) => ({ draft: { ...draft }, key, place })),
      }
    : outcome;

describe('a preview plan packed for the hop from the reading worker', () => {
  it('keeps every planned row exactly: blanks, zero and -0, texts, and the row place on each sheet', () => {
    const planned = [
      row('bt', 1234.5, 10.2, observations, 1),
      row('bt', null, -3, observations, 2, { source: '统计局', note: '初步' }),
      row('zone-2', 0, null, observations, 3),
      row('zone-3', -0, 0, other, 16),
      row('zone-3', 2e-300, 1e300, other, 700_000),
    ];
    const outcome = planWith(planned);
    const back = handedOver(outcome);
    expect(said(back)).toStrictEqual(said(outcome));
    if (!back.ok) throw new Error('planned');
    expect(Object.is(back.plan.planned[3]!.draft.value, -0)).toBe(true);
    expect(back.plan.planned[1]!.place).toBe('Observations!A3:H3');
    expect(back.plan.planned[4]!.place).toBe("'月度 数据'!A700001:L700001");
    expect(back.plan.planned[0]!.key).toBe('bt|iav|2025-03|ytd');
  });

  it('passes a refusal through as it is', () => {
    const refusal: PlanOutcome = { ok: false, message: 'the file is damaged' };
    expect(handedOver(refusal)).toStrictEqual(refusal);
  });

  it('refuses packed columns that do not hold every row, rather than shifting figures between rows', () => {
    const packed = packPlanOutcome(planWith([row('bt', 1, 2, observations, 1), row('bt', 3, 4, observations, 2)]));
    const shortened: PackedPlanOutcome = packed.ok
      ? { ok: true, plan: { ...packed.plan, planned: { ...packed.plan.planned, rows: new Int32Array(3) } } }
      : packed;
    expect(() => unpackPlanOutcome(shortened)).toThrow(/do not all hold its 3 rows/);
  });
});
