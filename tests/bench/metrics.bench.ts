import { loadavg } from 'node:os';
import type { Indicator, Zone } from '../../shared/model';
import { periodFromIndex, periodIndex } from '../../shared/model';
import { createMetricsEngine, type MetricInput } from '../../shared/metrics';
import { median, sample, type BenchSuite } from './bench';

const ZONES = 20;
const PARENTS = 10;
const CHILDREN_PER_PARENT = 5;
const MONTHS = 120;
const FIRST_MONTH = periodIndex('2015-01');

/** 20 zones (the last one every other zone's benchmark), 10 parents × 5 components = 60 indicators. */
function catalog(): { zones: Zone[]; indicators: Indicator[] } {
  const zones: Zone[] = Array.from({ length: ZONES }, (_, z) => ({
    id: `z${z}`,
    name: `Zone ${z}`,
    nameZh: `${z}区`,
    region: '',
    benchmarkZoneId: z === ZONES - 1 ? null : `z${ZONES - 1}`,
  }));
  const indicators: Indicator[] = [];
  for (let p = 0; p < PARENTS; p++) {
    const base = { nameZh: '', unit: '10k CNY', kind: 'flow' as const, required: false, plausibleYoyMin: null, plausibleYoyMax: null };
    indicators.push({ ...base, id: `p${p}`, name: `Parent ${p}`, parentId: null });
    for (let c = 0; c < CHILDREN_PER_PARENT; c++) indicators.push({ ...base, id: `p${p}c${c}`, name: `Component ${p}.${c}`, parentId: `p${p}` });
  }
  return { zones, indicators };
}

/** Monthly values growing about 8 % a year with a seasonal swing, their year-to-date sums, and a published rate on ytd. */
function observations(indicators: readonly Indicator[]): MetricInput[] {
  const inputs: MetricInput[] = [];
  for (let z = 0; z < ZONES; z++) {
    indicators.forEach((indicator, i) => {
      let yearToDate = 0;
      for (let t = 0; t < MONTHS; t++) {
        const month = (FIRST_MONTH + t) % 12;
        const value = (100 + z + i) * 1.08 ** (t / 12) * (1 + 0.1 * Math.sin(month + z));
        yearToDate = month === 0 ? value : yearToDate + value;
        const period = periodFromIndex(FIRST_MONTH + t);
        const key = { zoneId: `z${z}`, indicatorId: indicator.id, period };
        inputs.push({ ...key, basis: 'month', value, yoyPct: null });
        inputs.push({ ...key, basis: 'ytd', value: yearToDate, yoyPct: t >= 12 ? 8 + ((z + i + t) % 7) / 10 : null });
      }
    });
  }
  return inputs;
}

export const suite: BenchSuite = {
  title: `metrics: ${ZONES} zones × ${PARENTS * (1 + CHILDREN_PER_PARENT)} indicators × ${MONTHS} months × 2 bases`,
  async run() {
    const { zones, indicators } = catalog();
    const inputs = observations(indicators);
    const runs = 7;

    const build = await sample(() => createMetricsEngine({ zones, indicators }, inputs), runs);
    const full = await sample(() => createMetricsEngine({ zones, indicators }, inputs).rows(), runs);
    const engine = createMetricsEngine({ zones, indicators }, inputs);
    const rowCount = engine.rows().length;

    // One analyst edit: a parent's ytd figure in the benchmark zone, mid-span — the widest fan-out
    // (its components, every zone's gap, ranks at t and t+12).
    let bump = 0;
    const edit = await sample(() => {
      bump += 1;
      engine.apply({ upsert: [{ zoneId: `z${ZONES - 1}`, indicatorId: 'p3', period: '2020-06', basis: 'ytd', value: 5000 + bump, yoyPct: null }] });
      return engine.row({ zoneId: `z${ZONES - 1}`, indicatorId: 'p3', period: '2020-06', basis: 'ytd' });
    }, 50);

    // The machine is shared: the fastest run shows what the code costs, the median what it met.
    const spread = (samples: number[]) => `fastest ${Math.min(...samples).toFixed(1)} ms, load ${loadavg()[0]!.toFixed(1)}`;
    return [
      { name: 'all metrics computed (engine build)', value: median(build), unit: 'ms', ratio: `${spread(build)}, target < 200 ms` },
      { name: `all metrics as ${rowCount.toLocaleString('en')} MetricRow objects`, value: median(full), unit: 'ms', ratio: `${spread(full)}, target < 200 ms` },
      { name: 'recompute after one edited observation', value: median(edit), unit: 'ms', ratio: `${spread(edit)}, target < 10 ms` },
    ];
  },
};
