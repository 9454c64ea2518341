import { describe, expect, it } from 'vitest';
import { IndicatorSchema, ObservationInputSchema, stripControlCharacters, ZoneSchema } from '../../../shared/model';
import { parseNumber } from '../../../shared/parse';

const zone = { id: 'bt', name: 'Baotou', nameZh: '包头', region: 'Inner Mongolia', benchmarkZoneId: null };
const observation = { zoneId: 'bt', indicatorId: 'iav', period: '2025-05', basis: 'ytd', value: 1148000, yoyPct: 14.8 };

describe('terminal and text hygiene (issue 10 §7)', () => {
  it('refuses ESC, BEL and C1 controls in zone and indicator names, naming the character', () => {
    for (const name of ['Bao\u001b[31mtou', 'Baotou\u0007', 'Bao\u009btou', 'Bao\ntou']) {
      const result = ZoneSchema.safeParse({ ...zone, name });
      expect(result.success, JSON.stringify(name)).toBe(false);
    }
    const esc = ZoneSchema.safeParse({ ...zone, nameZh: '包头\u001b]0;owned\u0007' });
    expect(esc.success || esc.error.issues[0]!.message).toBe('a name may not hold control characters (found U+001B)');
    const indicator = IndicatorSchema.safeParse({
      id: 'iav',
      name: 'IAV\u001b',
      nameZh: '增加值',
      unit: '万元',
      kind: 'flow',
      parentId: null,
    });
    expect(indicator.success).toBe(false);
    expect(ZoneSchema.safeParse(zone).success).toBe(true);
  });

  it('strips controls from notes and sources but keeps tab and newline', () => {
    expect(stripControlCharacters('a\u001b[2Jb\tc\nd\u0007\u0085')).toEqual({ text: 'a[2Jb\tc\nd', removed: 3 });
    const parsed = ObservationInputSchema.parse({
      ...observation,
      note: 'revised\u001b[8m\n(bureau)',
      source: 'bureau\u0000',
    });
    expect([parsed.note, parsed.source]).toEqual(['revised[8m\n(bureau)', 'bureau']);
  });

  it('refuses a value or growth of 1e308 as implausible, typed, read from a cell or saved', () => {
    expect(parseNumber(1e308)).toMatchObject({
      ok: false,
      error: { message: 'implausible: beyond any published figure (at most 1e+15 in magnitude)' },
    });
    expect(parseNumber('-1e308')).toMatchObject({ ok: false });
    expect(parseNumber(1e15)).toEqual(parseNumber('1000000000000000'));
    expect(parseNumber(1e15)).toMatchObject({ ok: true, value: 1e15 });
    expect(ObservationInputSchema.safeParse({ ...observation, value: 1e308 }).success).toBe(false);
    expect(ObservationInputSchema.safeParse({ ...observation, yoyPct: -1e308 }).success).toBe(false);
  });
});
