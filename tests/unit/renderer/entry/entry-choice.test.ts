import { describe, expect, it } from 'vitest';
import { historyEntries } from '../../../../renderer/features/entry/model/history/history-entries';
import {
  settleChoice,
  stepPeriod,
  windowQuery,
  type EntryChoice,
} from '../../../../renderer/features/entry/model/entry-choice';
import { monthLabel, shortPeriodLabel as periodLabel } from '../../../../renderer/i18n/format';

const zones = [
  { id: 'city', name: 'City', nameZh: '市', region: '', benchmarkZoneId: null },
  { id: 'zone', name: 'Zone', nameZh: '区', region: '', benchmarkZoneId: 'city' },
];
const indicators = [
  {
    id: 'iav',
    name: 'IAV',
    nameZh: '',
    unit: '',
    kind: 'flow' as const,
    parentId: null,
    required: false,
    plausibleYoyMin: null,
    plausibleYoyMax: null,
  },
];
const form: EntryChoice = {
  zoneId: 'zone',
  period: '2025-05',
  basis: 'ytd',
  view: 'form',
  gridMode: 'indicators',
  gridIndicatorId: 'iav',
  gridField: 'value',
};

describe('the entry screen’s choice', () => {
  it('defaults to a zone with a benchmark and repairs what the catalog no longer has', () => {
    expect(settleChoice(null, zones, indicators, '2026-10', '2026-11')).toMatchObject({
      zoneId: 'zone',
      period: '2026-10',
      basis: 'ytd',
      view: 'form',
      gridIndicatorId: 'iav',
    });
    expect(
      settleChoice({ ...form, zoneId: 'gone', period: '2031-01' }, zones, indicators, '2026-10', '2026-11'),
    ).toMatchObject({ zoneId: 'zone', period: '2026-11' });
  });

  it('steps a month in the form and a year in the grid, never past the current month', () => {
    expect(stepPeriod(form, -1, '2026-11')).toBe('2025-04');
    expect(stepPeriod({ ...form, period: '2025-12' }, 1, '2026-11')).toBe('2026-01');
    expect(stepPeriod({ ...form, period: '2026-11' }, 1, '2026-11')).toBe('2026-11');
    expect(stepPeriod({ ...form, view: 'grid' }, 1, '2026-11')).toBe('2026-05');
    expect(stepPeriod({ ...form, view: 'grid', period: '2026-05' }, 1, '2026-11')).toBe('2026-11');
  });

  it('reads the year before for the form (last month’s sources) and the whole year for the grid', () => {
    expect(windowQuery(form, zones)).toEqual({ zoneIds: ['zone'], from: '2024-05', to: '2025-05', basis: 'ytd' });
    expect(windowQuery({ ...form, view: 'grid', gridMode: 'zones' }, zones)).toEqual({
      zoneIds: ['city', 'zone'],
      from: '2025-01',
      to: '2025-12',
      basis: 'ytd',
    });
  });
});

describe('period labels', () => {
  it('read as a brief writes them', () => {
    expect(monthLabel('2025-05', 'ytd', 'en')).toBe('Jan–May');
    expect(monthLabel('2025-01', 'ytd', 'en')).toBe('Jan');
    expect(monthLabel('2025-05', 'ytd', 'zh')).toBe('1-5月');
    expect(periodLabel('2025-05', 'month', 'zh')).toBe('2025年5月');
    expect(periodLabel('2025-05', 'ytd', 'en')).toBe('Jan–May 2025');
  });
});

describe('an observation’s history', () => {
  it('lists the current version first, then replaced and deleted versions, newest first', () => {
    const version = (value: number) => ({ value, yoyPct: null, source: 's', note: '' });
    const entries = historyEntries({
      current: {
        zoneId: 'z',
        indicatorId: 'i',
        period: '2025-05',
        basis: 'ytd',
        ...version(3),
        updatedAt: '2025-06-03T00:00:00Z',
        history: [],
      },
      revisions: [],
      deleted: [
        {
          deletedAt: '2025-06-02T00:00:00Z',
          observation: {
            zoneId: 'z',
            indicatorId: 'i',
            period: '2025-05',
            basis: 'ytd',
            ...version(2),
            updatedAt: '',
            history: [{ ...version(1), replacedAt: '2025-06-01T00:00:00Z' }],
          },
        },
      ],
    });
    expect(entries.map((entry) => [entry.kind, entry.value])).toEqual([
      ['current', 3],
      ['deleted', 2],
      ['replaced', 1],
    ]);
  });
});
