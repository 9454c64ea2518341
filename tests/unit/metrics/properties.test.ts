import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makePeriod, observationKey, periodIndex, type Basis } from '../../../shared/model';
import { parseNumber } from '../../../shared/parse';
import {
  competitionRanks,
  createMetricsEngine,
  formatNumber,
  formatPercent,
  METRIC_COLUMNS,
  monthlyFromYearToDate,
  roundPublished,
  roundTo,
  yearToDateFromMonthly,
  type MetricInput,
} from '../../../shared/metrics';
import { engineOf, indicator, input, rowOf, zone } from './build';

/** Equal up to float noise, relative to the size of the figures. */
function expectNear(actual: number | null, expected: number | null): void {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected!)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected!)));
}

const level = fc.double({ min: 1, max: 1e6, noNaN: true });
const growth = fc.double({ min: -60, max: 80, noNaN: true });

describe('invariants', () => {
  it('disjoint, exhaustive components: contributions add up to the parent’s growth', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(level, level), { minLength: 1, maxLength: 8 }), (parts) => {
        const ids = parts.map((_, index) => `c${index}`);
        const catalog = {
          zones: [zone('z')],
          indicators: [indicator('total'), ...ids.map((id) => indicator(id, { parentId: 'total' }))],
        };
        const inputs = parts.flatMap(([before, now], index) => [
          input('z', ids[index]!, '2024-05', 'ytd', before),
          input('z', ids[index]!, '2025-05', 'ytd', now),
        ]);
        inputs.push(
          input(
            'z',
            'total',
            '2024-05',
            'ytd',
            parts.reduce((sum, [before]) => sum + before, 0),
          ),
        );
        inputs.push(
          input(
            'z',
            'total',
            '2025-05',
            'ytd',
            parts.reduce((sum, [, now]) => sum + now, 0),
          ),
        );
        const engine = engineOf(catalog, inputs);
        const total = rowOf(engine, 'z', 'total', '2025-05', 'ytd');
        const contributions = ids.map((id) => rowOf(engine, 'z', id, '2025-05', 'ytd').contributionPp!);
        const rates = ids.map((id) => rowOf(engine, 'z', id, '2025-05', 'ytd').contributionRatePct);
        expectNear(
          contributions.reduce((sum, value) => sum + value, 0),
          total.yoyPct,
        );
        if (Math.abs(total.yoyPct!) >= 0.05) expect(rates.reduce((sum, value) => sum! + value!, 0)).toBeCloseTo(100, 4);
        expect(engine.warnings()).toEqual([]);
      }),
    );
  });

  it('g · s₀: with levels consistent with the published rates it equals the level formula; with others it follows the rates and warns', () => {
    const catalog = { zones: [zone('z')], indicators: [indicator('total'), indicator('a', { parentId: 'total' })] };
    // Published rates at one decimal, as bureaus publish; priors with the component under half the total.
    const rate = fc.integer({ min: -300, max: 500 }).map((tenths) => tenths / 10);
    fc.assert(
      fc.property(
        level,
        fc.double({ min: 0.05, max: 0.5, noNaN: true }),
        rate,
        rate,
        fc.double({ min: 0.3, max: 5, noNaN: true }),
        (totalPrior, share, gTotal, gA, skew) => {
          const aPrior = totalPrior * share;
          const totalNow = totalPrior * (1 + gTotal / 100);
          const aNow = aPrior * (1 + gA / 100);
          const consistent = engineOf(catalog, [
            input('z', 'total', '2024-05', 'ytd', totalPrior),
            input('z', 'a', '2024-05', 'ytd', aPrior),
            input('z', 'total', '2025-05', 'ytd', totalNow, gTotal),
            input('z', 'a', '2025-05', 'ytd', aNow, gA),
          ]);
          const row = rowOf(consistent, 'z', 'a', '2025-05', 'ytd');
          expectNear(row.contributionPp, ((aNow - aPrior) / totalPrior) * 100);
          expectNear(row.contributionPp, gA * share);
          expect(consistent.warnings().filter((warning) => warning.kind === 'published-differs-from-computed')).toEqual(
            [],
          );

          // The same published rates over a current level of `a` off by the factor `skew` (≥ 0.2 pp off in growth).
          const skewedNow = aNow * skew;
          fc.pre(Math.abs((skewedNow / aPrior - 1) * 100 - gA) > 0.2);
          const inconsistent = engineOf(catalog, [
            input('z', 'total', '2024-05', 'ytd', totalPrior),
            input('z', 'a', '2024-05', 'ytd', aPrior),
            input('z', 'total', '2025-05', 'ytd', totalNow, gTotal),
            input('z', 'a', '2025-05', 'ytd', skewedNow, gA),
          ]);
          expectNear(rowOf(inconsistent, 'z', 'a', '2025-05', 'ytd').contributionPp, gA * share);
          const warned = inconsistent
            .warnings()
            .filter((warning) => warning.kind === 'published-differs-from-computed' && warning.indicatorId === 'a');
          expect(warned).toHaveLength(1);
        },
      ),
    );
  });

  it('month ↔ year to date: the round trip gives the months back, and both bases give the same monthly change', () => {
    fc.assert(
      // Months of one series within two orders of magnitude: differencing totals of wildly different
      // months loses digits to cancellation, a property of floating point rather than of the metric.
      fc.property(
        fc.array(fc.double({ min: 100, max: 1e4, noNaN: true }), { minLength: 12, maxLength: 12 }),
        (monthly) => {
          const back = monthlyFromYearToDate(yearToDateFromMonthly(monthly));
          back.forEach((value, index) => expectNear(value, monthly[index]!));

          const catalog = { zones: [zone('m'), zone('y')], indicators: [indicator('v')] };
          const ytd = yearToDateFromMonthly(monthly);
          const inputs = monthly.flatMap((value, index) => [
            input('m', 'v', makePeriod(2025, index + 1), 'month', value),
            input('y', 'v', makePeriod(2025, index + 1), 'ytd', ytd[index]!),
          ]);
          const engine = engineOf(catalog, inputs);
          for (let month = 2; month <= 12; month++) {
            const period = makePeriod(2025, month);
            expectNear(rowOf(engine, 'y', 'v', period, 'ytd').momPct, rowOf(engine, 'm', 'v', period, 'month').momPct);
          }
        },
      ),
    );
  });

  it('a streak never exceeds the months its data cover', () => {
    const series = fc.array(fc.option(growth, { nil: null }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(
        series,
        fc.integer({ min: 0, max: 11 }),
        fc.constantFrom<Basis>('month', 'ytd'),
        fc.integer({ min: -5, max: 30 }),
        (values, offset, basis, threshold) => {
          const first = periodIndex('2020-01') + offset;
          const inputs = values.flatMap((yoy, t) =>
            yoy === null
              ? []
              : [input('z', 'v', makePeriod(Math.floor((first + t) / 12), ((first + t) % 12) + 1), basis, null, yoy)],
          );
          if (inputs.length === 0) return;
          const engine = engineOf({ zones: [zone('z')], indicators: [indicator('v')] }, inputs, threshold);
          const start = periodIndex(inputs[0]!.period);
          // A first figure for 1–2月 also covers that January.
          const covered = start - (start % 12 === 1 ? 1 : 0);
          for (const row of engine.rows()) {
            expect(row.streakMonths).not.toBeNull();
            expect(row.streakMonths!).toBeLessThanOrEqual(periodIndex(row.period) - covered + 1);
            if (roundPublished(row.yoyPct!) < threshold) expect(row.streakMonths).toBe(0);
          }
        },
      ),
    );
  });

  it('ranks: every zone with a figure gets one, ties share the better rank, and the ranks are a permutation otherwise', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.option(
            fc.integer({ min: -300, max: 300 }).map((tenths) => tenths / 10),
            { nil: null },
          ),
          { minLength: 1, maxLength: 30 },
        ),
        (figures) => {
          const zones = figures.map((_, index) => zone(`z${index}`));
          const inputs = figures.flatMap((yoy, index) =>
            yoy === null ? [] : [input(`z${index}`, 'v', '2025-05', 'ytd', null, yoy)],
          );
          const engine = engineOf({ zones, indicators: [indicator('v')] }, inputs);
          const ranked = engine.rows().map((row) => ({ yoy: row.yoyPct!, rank: row.rank! }));
          const sorted = [...ranked].sort((a, b) => b.yoy - a.yoy);
          sorted.forEach((entry, position) => {
            const previous = sorted[position - 1];
            expect(entry.rank).toBe(previous && previous.yoy === entry.yoy ? previous.rank : position + 1);
          });
          if (new Set(ranked.map((entry) => entry.yoy)).size === ranked.length) {
            expect(ranked.map((entry) => entry.rank).sort((a, b) => a - b)).toEqual(
              ranked.map((_, index) => index + 1),
            );
          }
          expect(competitionRanks(figures.map((yoy) => yoy ?? NaN)).filter((rank) => rank > 0)).toHaveLength(
            ranked.length,
          );
        },
      ),
    );
  });

  it('formatting then parsing a number gives it back at the displayed precision', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.integer({ min: 0, max: 3 }),
        (value, decimals) => {
          const parsed = parseNumber(formatNumber(value, decimals));
          expect(parsed.ok && parsed.value).toBe(roundTo(value, decimals));
          const percent = parseNumber(formatPercent(value));
          expect(percent.ok && percent.value).toBe(roundTo(value, 1));
        },
      ),
    );
  });

  it('never gives NaN or ±∞, whatever the levels (zeros and negatives too)', () => {
    const figure = fc.option(fc.oneof(fc.constant(0), fc.double({ min: -1e4, max: 1e6, noNaN: true })), { nil: null });
    const cell = fc.record({
      value: figure,
      yoy: fc.option(fc.double({ min: -100, max: 500, noNaN: true }), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 1 }),
            fc.integer({ min: 0, max: 1 }),
            fc.integer({ min: 0, max: 27 }),
            fc.boolean(),
            cell,
          ),
          { maxLength: 60 },
        ),
        (cells) => {
          const catalog = {
            zones: [zone('city'), zone('a', 'city')],
            indicators: [indicator('total'), indicator('part', { parentId: 'total', kind: 'stock' })],
          };
          const inputs: MetricInput[] = cells
            .filter(([, , , , { value, yoy }]) => value !== null || yoy !== null)
            .map(([z, i, t, month, { value, yoy }]) =>
              input(
                ['city', 'a'][z]!,
                ['total', 'part'][i]!,
                makePeriod(2023 + Math.floor(t / 12), (t % 12) + 1),
                month ? 'month' : 'ytd',
                value,
                yoy,
              ),
            );
          const engine = engineOf(catalog, inputs);
          for (const row of engine.rows()) {
            for (const { field } of METRIC_COLUMNS) {
              const cell = row[field];
              if (typeof cell === 'number') expect(Number.isFinite(cell)).toBe(true);
            }
          }
        },
      ),
    );
  });

  it('incremental edits leave the same metrics as a fresh build', () => {
    const catalog = {
      zones: [zone('city'), zone('a', 'city'), zone('b', 'city')],
      indicators: [indicator('total'), indicator('part', { parentId: 'total' })],
    };
    const edit = fc.record({
      zoneId: fc.constantFrom('city', 'a', 'b'),
      indicatorId: fc.constantFrom('total', 'part'),
      t: fc.integer({ min: 0, max: 35 }),
      basis: fc.constantFrom<Basis>('month', 'ytd'),
      value: fc.option(level, { nil: null }),
      yoy: fc.option(growth, { nil: null }),
      remove: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(edit, { maxLength: 40 }),
        fc.array(edit, { minLength: 1, maxLength: 15 }),
        (initial, edits) => {
          const asInput = (e: (typeof initial)[number]): MetricInput =>
            input(
              e.zoneId,
              e.indicatorId,
              makePeriod(2022 + Math.floor(e.t / 12), (e.t % 12) + 1),
              e.basis,
              e.value ?? (e.yoy === null ? 1 : null),
              e.yoy,
            );
          const start = initial.map(asInput);
          const engine = createMetricsEngine(catalog, start);
          const current = new Map(start.map((item) => [observationKey(item), item]));
          for (const e of edits) {
            const item = asInput(e);
            if (e.remove) {
              current.delete(observationKey(item));
              engine.apply({ remove: [item] });
            } else {
              current.set(observationKey(item), item);
              engine.apply({ upsert: [item] });
            }
          }
          expect(engine.rows()).toEqual(createMetricsEngine(catalog, [...current.values()]).rows());
        },
      ),
    );
  });
});
