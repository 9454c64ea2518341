import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Peak resident memory (MB) of `task` run alone in a fresh Node process (tests/bench/peak-child.ts),
 * so that the benchmark's own heap does not count. `task` names an export of that file; `nodeFlags`
 * start that process (the command line's V8 settings, say).
 */
export function peakMegabytes(task: string, args: readonly string[], nodeFlags: readonly string[] = []): number {
  return inChild(task, args, nodeFlags).peakMb;
}

/** The same, with the wall time the task reports of itself (`took-ms N`): what the user waits, without Node's start. */
export function peakAndTime(task: string, args: readonly string[]): { peakMb: number; ms: number } {
  const { peakMb, stdout } = inChild(task, args, []);
  const took = /took-ms ([\d.]+)/.exec(stdout);
  if (!took) throw new Error(`${task} did not say how long it took`);
  return { peakMb, ms: Number(took[1]) };
}

function inChild(
  task: string,
  args: readonly string[],
  nodeFlags: readonly string[],
): { peakMb: number; stdout: string } {
  const child = spawnSync(
    process.execPath,
    [...nodeFlags, '--import', 'tsx', join(here, 'peak-child.ts'), task, ...args],
    {
      encoding: 'utf8',
      maxBuffer: 1024 * 1024,
    },
  );
  const line = /peak-kb (\d+)/.exec(child.stdout ?? '');
  if (child.status !== 0 || !line)
    throw new Error(`${task} failed in its child process: ${(child.stderr ?? '').slice(0, 500)}`);
  return { peakMb: Number(line[1]) / 1024, stdout: child.stdout };
}
