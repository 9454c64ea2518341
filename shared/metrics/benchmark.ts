import type { Series } from './series';

/** benchmark_yoy_pct and gap_pp against the benchmark zone's series on the same indicator and basis. */
export function computeBenchmark(series: Series, benchmark: Series | null): void {
  const { has, yoy, benchmarkYoy, gap } = series;
  benchmarkYoy.fill(NaN);
  gap.fill(NaN);
  if (!benchmark) return;
  for (let t = 0; t < has.length; t++) {
    if (!has[t] || !benchmark.has[t]) continue;
    benchmarkYoy[t] = benchmark.yoy[t]!;
    gap[t] = yoy[t]! - benchmark.yoy[t]!;
  }
}
