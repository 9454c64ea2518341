/** One measured figure: printed as `name: value unit (ratio)`. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  /** What the figure is compared with, measured in the same run (for example `1.21× bare fs write`). */
  ratio?: string;
}

export interface BenchSuite {
  title: string;
  run(): Promise<BenchFigure[]>;
}

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Milliseconds of each of `times` runs of `task`, after `warmup` unmeasured runs. */
export async function sample(task: () => unknown, times: number, warmup = 2): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await task();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  return samples;
}

export function formatFigure(figure: BenchFigure): string {
  const value =
    figure.value >= 100
      ? figure.value.toFixed(0)
      : figure.value >= 10
        ? figure.value.toFixed(1)
        : figure.value.toFixed(2);
  return `${figure.name}: ${value} ${figure.unit}${figure.ratio ? ` (${figure.ratio})` : ''}`;
}
