import { describe, expect, it } from 'vitest';
import { componentWarnings, plausibilityWarning, type CheckedFigures } from '../../../shared/model';

describe('soft warnings', () => {
  it('mark growth outside the range set on the indicator', () => {
    const range = { plausibleYoyMin: -30, plausibleYoyMax: 60 };
    expect(plausibilityWarning(range, 61)).toEqual({ kind: 'implausible-yoy', found: 61, limit: 60 });
    expect(plausibilityWarning(range, -31)).toEqual({ kind: 'implausible-yoy', found: -31, limit: -30 });
    expect(plausibilityWarning(range, 60)).toBeNull();
    expect(plausibilityWarning({ plausibleYoyMin: null, plausibleYoyMax: null }, 900)).toBeNull();
  });

  it('mark components larger than their parent, alone or together, in the same unit only', () => {
    const indicators = [
      { id: 'iav', kind: 'flow' as const, unit: '10k CNY', parentId: null },
      { id: 'rare', kind: 'flow' as const, unit: '10k CNY', parentId: 'iav' },
      { id: 'energy', kind: 'flow' as const, unit: '10k CNY', parentId: 'iav' },
      { id: 'share', kind: 'rate' as const, unit: '%', parentId: 'iav' },
    ];
    const values: Record<string, number> = { iav: 100, rare: 70, energy: 40, share: 300 };
    const figures = (id: string): CheckedFigures | null => (id in values ? { value: values[id]!, yoyPct: null } : null);
    expect(componentWarnings(indicators[0]!, indicators, figures)).toEqual([
      { kind: 'components-exceed-parent', found: 110, limit: 100 },
    ]);
    expect(componentWarnings(indicators[1]!, indicators, figures)).toEqual([]);
    expect(componentWarnings(indicators[3]!, indicators, figures)).toEqual([]);
    values.rare = 120;
    expect(componentWarnings(indicators[1]!, indicators, figures)).toEqual([
      { kind: 'component-exceeds-parent', found: 120, limit: 100 },
    ]);
  });
});
