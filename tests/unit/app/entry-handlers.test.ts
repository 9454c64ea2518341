import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempApp, type TempApp } from '../../integration/app/temp-app';

let app: TempApp;
const key = { zoneId: 'z1', indicatorId: 'iav', period: '2025-05', basis: 'ytd' as const };
const figures = { source: 'bureau', note: '' };
const month = { zoneId: 'z1', period: '2025-05', basis: 'ytd' as const };

beforeEach(async () => {
  app = await openTempApp();
  await app.handlers.createZone({
    zone: { id: 'z1', name: 'Zone one', nameZh: '一区', region: '', benchmarkZoneId: null },
  });
  const base = {
    nameZh: '',
    unit: '10k CNY',
    kind: 'flow' as const,
    parentId: null,
    plausibleYoyMin: null,
    plausibleYoyMax: null,
  };
  await app.handlers.createIndicator({
    indicator: { ...base, id: 'iav', name: 'Industrial added value', required: true },
  });
  await app.handlers.createIndicator({ indicator: { ...base, id: 'output', name: 'Output', required: false } });
});
afterEach(async () => {
  await app.dispose();
});

describe('zone-month status', () => {
  it('is a draft until set, refuses complete while a required indicator has no figure, and survives a restart', async () => {
    const none = await app.handlers.getEntryStatuses({ zoneIds: ['z1'], from: '2025-01', to: '2025-12' });
    expect(none.ok && none.value).toEqual([]);

    const early = await app.handlers.setEntryStatus({ ...month, status: 'complete' });
    expect(!early.ok && early.error).toMatchObject({ code: 'refused', problems: [{ place: 'iav' }] });
    const verifiedFirst = await app.handlers.setEntryStatus({ ...month, status: 'verified' });
    expect(!verifiedFirst.ok && verifiedFirst.error.code).toBe('refused');

    await app.handlers.saveObservations({ observations: [{ ...key, value: 1148000, yoyPct: 14.8, ...figures }] });
    const complete = await app.handlers.setEntryStatus({ ...month, status: 'complete' });
    expect(complete.ok && complete.value).toMatchObject({
      ...month,
      status: 'complete',
      updatedAt: '2025-06-25T08:00:00.000Z',
    });
    expect((await app.handlers.setEntryStatus({ ...month, status: 'verified' })).ok).toBe(true);
    expect((await app.handlers.setEntryStatus({ ...month, period: '2025-04', status: 'draft' })).ok).toBe(true);

    await app.reopen();
    const stored = await app.handlers.getEntryStatuses({
      zoneIds: ['z1'],
      from: '2025-05',
      to: '2025-05',
      basis: 'ytd',
    });
    const at = '2025-06-25T08:00:00.000Z';
    expect(stored.ok && stored.value).toEqual([
      {
        ...month,
        status: 'verified',
        updatedAt: at,
        history: [
          { status: 'complete', at, reason: 'marked' },
          { status: 'verified', at, reason: 'marked' },
        ],
      },
    ]);
    const otherBasis = await app.handlers.getEntryStatuses({
      zoneIds: ['z1'],
      from: '2025-05',
      to: '2025-05',
      basis: 'month',
    });
    expect(otherBasis.ok && otherBasis.value).toEqual([]);
  });

  it('refuses complete and verified while a figure with a warning has no reason note', async () => {
    // New energy at +38 % is beyond the plausible 30 % set for it.
    const plausible = {
      nameZh: '',
      unit: '10k CNY',
      kind: 'flow' as const,
      parentId: 'iav',
      required: false,
      plausibleYoyMin: null,
      plausibleYoyMax: 30,
    };
    await app.handlers.createIndicator({ indicator: { ...plausible, id: 'new-energy', name: 'New energy' } });
    const energy = { ...key, indicatorId: 'new-energy' };
    await app.handlers.saveObservations({
      observations: [
        { ...key, value: 1148000, yoyPct: 14.8, ...figures },
        { ...energy, value: 257842, yoyPct: 38, ...figures },
      ],
    });

    const refused = await app.handlers.setEntryStatus({ ...month, status: 'complete' });
    expect(!refused.ok && refused.error).toMatchObject({
      code: 'refused',
      problems: [{ place: 'new-energy' }],
      details: { unexplained: 1 },
    });
    await app.handlers.saveObservations({
      observations: [{ ...energy, value: 257842, yoyPct: 38, source: 'bureau', note: 'two new plants' }],
    });
    expect((await app.handlers.setEntryStatus({ ...month, status: 'complete' })).ok).toBe(true);

    // A published +16.0 % against levels that give 1,148,000 / 1,000,000 − 1 = +14.8 %: the engine's check.
    await app.handlers.setEntryStatus({ ...month, status: 'draft' });
    await app.handlers.saveObservations({
      observations: [
        { ...key, period: '2024-05', value: 1000000, yoyPct: null, ...figures },
        { ...key, value: 1148000, yoyPct: 16, ...figures },
      ],
    });
    const checked = await app.handlers.setEntryStatus({ ...month, status: 'complete' });
    expect(!checked.ok && checked.error).toMatchObject({ code: 'refused', problems: [{ place: 'iav' }] });
  });

  it('refuses to change a verified zone-month unless asked to return it to draft, and records the return', async () => {
    await app.handlers.saveObservations({ observations: [{ ...key, value: 1148000, yoyPct: 14.8, ...figures }] });
    await app.handlers.setEntryStatus({ ...month, status: 'complete' });
    await app.handlers.setEntryStatus({ ...month, status: 'verified' });

    const edit = [{ ...key, value: 1150000, yoyPct: 14.8, ...figures }];
    const refused = await app.handlers.saveObservations({ observations: edit });
    expect(!refused.ok && refused.error).toMatchObject({
      code: 'conflict',
      problems: [{ place: 'z1|2025-05|ytd' }],
      details: { verified: 1 },
    });
    const removal = await app.handlers.deleteObservations({ keys: [key] });
    expect(!removal.ok && removal.error.code).toBe('conflict');
    // Saving the figures it already has changes nothing, so it needs no confirmation.
    expect(
      (await app.handlers.saveObservations({ observations: [{ ...key, value: 1148000, yoyPct: 14.8, ...figures }] }))
        .ok,
    ).toBe(true);
    // Another zone-month of the same zone is not verified.
    expect(
      (
        await app.handlers.saveObservations({
          observations: [{ ...key, period: '2025-04', value: 1, yoyPct: null, ...figures }],
        })
      ).ok,
    ).toBe(true);
    const unchanged = await app.handlers.getObservations({ zoneIds: ['z1'], from: '2025-05', to: '2025-05' });
    expect(unchanged.ok && unchanged.value.map((o) => o.value)).toEqual([1148000]);

    expect((await app.handlers.saveObservations({ observations: edit, reopenVerified: true })).ok).toBe(true);
    const statuses = await app.handlers.getEntryStatuses({
      zoneIds: ['z1'],
      from: '2025-05',
      to: '2025-05',
      basis: 'ytd',
    });
    expect(statuses.ok && statuses.value[0]!.status).toBe('draft');
    expect(statuses.ok && statuses.value[0]!.history?.map((step) => [step.status, step.reason])).toEqual([
      ['complete', 'marked'],
      ['verified', 'marked'],
      ['draft', 'edited'],
    ]);

    await app.handlers.setEntryStatus({ ...month, status: 'complete' });
    await app.handlers.setEntryStatus({ ...month, status: 'verified' });
    expect((await app.handlers.deleteObservations({ keys: [key], reopenVerified: true })).ok).toBe(true);
    const after = await app.handlers.getEntryStatuses({
      zoneIds: ['z1'],
      from: '2025-05',
      to: '2025-05',
      basis: 'ytd',
    });
    expect(after.ok && after.value[0]!.history?.at(-1)).toMatchObject({ status: 'draft', reason: 'edited' });
  });

  it('refuses a status for a month in the future', async () => {
    const result = await app.handlers.setEntryStatus({ ...month, period: '2025-07', status: 'draft' });
    expect(!result.ok && result.error.code).toBe('invalid');
  });
});

describe('deleting observations', () => {
  it('removes them and keeps each removed version, with its history, where the history finds it', async () => {
    await app.handlers.saveObservations({ observations: [{ ...key, value: 1, yoyPct: null, ...figures }] });
    await app.handlers.saveObservations({ observations: [{ ...key, value: 2, yoyPct: null, ...figures }] });
    const other = { ...key, indicatorId: 'output' };
    await app.handlers.saveObservations({ observations: [{ ...other, value: 5, yoyPct: null, ...figures }] });

    const deleted = await app.handlers.deleteObservations({ keys: [key, { ...key, period: '2025-01' }] });
    expect(deleted.ok && deleted.value).toEqual({ deleted: 1, missing: 1 });

    await app.reopen();
    const left = await app.handlers.getObservations({ zoneIds: ['z1'] });
    expect(left.ok && left.value.map((o) => o.indicatorId)).toEqual(['output']);
    const history = await app.handlers.getObservationHistory({ key });
    expect(history.ok && history.value.current).toBeNull();
    expect(history.ok && history.value.deleted).toEqual([
      {
        deletedAt: '2025-06-25T08:00:00.000Z',
        observation: expect.objectContaining({ value: 2, history: [expect.objectContaining({ value: 1 })] }),
      },
    ]);

    await app.handlers.saveObservations({ observations: [{ ...key, value: 3, yoyPct: null, ...figures }] });
    const again = await app.handlers.getObservationHistory({ key });
    expect(again.ok && again.value).toMatchObject({
      current: { value: 3 },
      revisions: [],
      deleted: [{ observation: { value: 2 } }],
    });
  });

  it('does nothing for keys that name nothing', async () => {
    const result = await app.handlers.deleteObservations({ keys: [key] });
    expect(result.ok && result.value).toEqual({ deleted: 0, missing: 1 });
  });
});
