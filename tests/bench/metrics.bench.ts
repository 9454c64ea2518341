import { cpuUsage } from 'node:process';
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
    const base = {
      nameZh: '',
      unit: '10k CNY',
      kind: 'flow' as const,
      required: false,
      plausibleYoyMin: null,
      plausibleYoyMax: null,
    };
    indicators.push({ ...base, id: `p${p}`, name: `Parent ${p}`, parentId: null });
    for (let c = 0; c < CHILDREN_PER_PARENT; c++)
      indicators.push({ ...base, id: `p${p}c${c}`, name: `Component ${p}.${c}`, parentId: `p${p}` });
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

/** Wall and CPU milliseconds of each run: on a shared machine the CPU time shows the code's own cost. */
async function timed(task: () => unknown, times: number): Promise<{ wall: number[]; cpu: number[] }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  await sample(task, 2, 0);
  for (let i = 0; i < times; i++) {
    const before = cpuUsage();
    wall.push((await sample(task, 1, 0))[0]!);
    const used = cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

export const suite: BenchSuite = {
  title: `metrics: ${ZONES} zones × ${PARENTS * (1 + CHILDREN_PER_PARENT)} indicators × ${MONTHS} months × 2 bases`,
  async run() {
    const { zones, indicators } = catalog();
    const inputs = observations(indicators);
    const runs = 7;

    const build = await timed(() => createMetricsEngine({ zones, indicators }, inputs), runs);
    const full = await timed(() => createMetricsEngine({ zones, indicators }, inputs).rows(), runs);
    const engine = createMetricsEngine({ zones, indicators }, inputs);
    const rowCount = engine.rows().length;
    // One analyst edit: a parent's ytd figure in the benchmark zone, mid-span — the widest reach
    // (its five components and every other zone's gap read it; its growth moves at t and t+12).
    let bump = 0;
    const editOne = () => {
      bump += 1;
      engine.apply({
        upsert: [
          {
            zoneId: `z${ZONES - 1}`,
            indicatorId: 'p3',
            period: '2020-06',
            basis: 'ytd',
            value: 5000 + bump,
            yoyPct: null,
          },
        ],
      });
    };
    const edit = await timed(editOne, 50);
    // …and reading back every row that depends on it: all zones, the parent and its components, a year on.
    const dependents = {
      indicatorIds: ['p3', ...Array.from({ length: CHILDREN_PER_PARENT }, (_, c) => `p3c${c}`)],
      from: '2020-06',
      to: '2021-06',
    };
    const dependentRows = engine.rows(dependents).length;
    const editAndRead = await timed(() => {
      editOne();
      return engine.rows(dependents);
    }, 50);

    // The machine is shared: CPU time and the fastest run show what the code costs, the median wall time what it met.
    const spread = ({ wall, cpu }: { wall: number[]; cpu: number[] }) =>
      `median CPU ${median(cpu).toFixed(1)} ms, fastest ${Math.min(...wall).toFixed(1)} ms, load ${loadavg()[0]!.toFixed(1)}`;
    return [
      {
        name: 'engine build (per-series metrics and ranks)',
        value: median(build.wall),
        unit: 'ms',
        ratio: spread(build),
      },
      {
        name: `all metrics: build and every one of the ${rowCount.toLocaleString('en')} MetricRow rows`,
        value: median(full.wall),
        unit: 'ms',
        ratio: `${spread(full)}; target < 200 ms`,
      },
      {
        name: 'recompute after one edited observation',
        value: median(edit.wall),
        unit: 'ms',
        ratio: `${spread(edit)}; target < 10 ms`,
      },
      {
        name: `…and reading the ${dependentRows.toLocaleString('en')} rows that depend on it`,
        value: median(editAndRead.wall),
        unit: 'ms',
        ratio: `${spread(editAndRead)}; target < 10 ms`,
      },
    ];
  },
};
