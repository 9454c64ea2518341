import { describe, expect, it } from 'vitest';
import { readFigureText } from '../../../../renderer/features/entry/model/checks/cell-input';

const flow = { kind: 'flow' as const, unit: '吨' };
const LATEST = '2025-06';

describe('reading a figure cell', () => {
  it('accepts the published forms', () => {
    const read = (text: string) => readFigureText(text, 'yoyPct', flow, '2025-05', LATEST);
    expect(read('15,300')).toEqual({ ok: true, value: 15300 });
    expect(read('14.8%')).toEqual({ ok: true, value: 14.8 });
    expect(read('１４．８')).toEqual({ ok: true, value: 14.8 });
    expect(read('增长2.3倍')).toEqual({ ok: true, value: 230 });
    expect(read('下降5.0%')).toEqual({ ok: true, value: -5 });
    expect(read('持平')).toEqual({ ok: true, value: 0 });
    for (const blank of ['', '  ', '—', '-', '…', '/', '..']) expect(read(blank)).toEqual({ ok: true, value: null });
  });

  it('blocks what is not a number, negative output, growth below −100% and future periods', () => {
    expect(readFigureText('12a', 'value', flow, '2025-05', LATEST)).toEqual({
      ok: false,
      problem: { kind: 'not-a-number', found: '12a' },
    });
    expect(readFigureText('1,2,3', 'value', flow, '2025-05', LATEST)).toMatchObject({ ok: false });
    expect(readFigureText('-5', 'value', flow, '2025-05', LATEST)).toEqual({
      ok: false,
      problem: { kind: 'negative-level', found: '-5' },
    });
    expect(readFigureText('-5', 'value', { kind: 'rate', unit: '%' }, '2025-05', LATEST)).toEqual({
      ok: true,
      value: -5,
    });
    expect(readFigureText('下降120%', 'yoyPct', flow, '2025-05', LATEST)).toEqual({
      ok: false,
      problem: { kind: 'growth-below-minus-100', found: '-120' },
    });
    expect(readFigureText('-100', 'yoyPct', flow, '2025-05', LATEST)).toEqual({ ok: true, value: -100 });
    expect(readFigureText('3', 'value', flow, '2025-07', LATEST)).toEqual({
      ok: false,
      problem: { kind: 'future-period', found: '2025-07' },
    });
  });

  it("converts a level written with its unit to the indicator's, as import does", () => {
    // 0.91万吨 = 0.91 × 10,000 t = 9,100 t; 1.5千吨 = 1,500 t; 2,100 t in 吨 is its own unit.
    expect(readFigureText('0.91万吨', 'value', flow, '2025-05', LATEST)).toEqual({ ok: true, value: 9100 });
    expect(readFigureText('1.5千吨', 'value', flow, '2025-05', LATEST)).toEqual({ ok: true, value: 1500 });
    expect(readFigureText('2,100吨', 'value', flow, '2025-05', LATEST)).toEqual({ ok: true, value: 2100 });
    // 12,345万元 into 亿元: 12,345 × 10^4 / 10^8 = 1.2345.
    expect(readFigureText('12,345万元', 'value', { kind: 'flow', unit: '亿元' }, '2025-05', LATEST)).toEqual({
      ok: true,
      value: 1.2345,
    });
    expect(readFigureText('12家', 'value', { kind: 'stock', unit: '家' }, '2025-05', LATEST)).toEqual({
      ok: true,
      value: 12,
    });
  });

  it('refuses a unit of another dimension, and a unit where the indicator has none', () => {
    expect(readFigureText('3亿元', 'value', flow, '2025-05', LATEST)).toEqual({
      ok: false,
      problem: { kind: 'unit-mismatch', found: '3亿元', unit: '吨' },
    });
    expect(readFigureText('3万吨', 'value', { kind: 'stock', unit: '' }, '2025-05', LATEST)).toEqual({
      ok: false,
      problem: { kind: 'not-a-number', found: '3万吨' },
    });
    // A growth is never a level: a unit in the 同比 column is not read.
    expect(readFigureText('0.91万吨', 'yoyPct', flow, '2025-05', LATEST)).toEqual({
      ok: false,
      problem: { kind: 'not-a-number', found: '0.91万吨' },
    });
    expect(readFigureText('0.91万吨', 'value', flow, '2025-07', LATEST)).toEqual({
      ok: false,
      problem: { kind: 'future-period', found: '2025-07' },
    });
  });

  it('reads negative rates written with a Unicode minus', () => {
    expect(readFigureText('−2.5', 'yoyPct', flow, '2025-05', LATEST)).toEqual({ ok: true, value: -2.5 });
  });
});
