import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BIN } from '../integration/cli/zone-stats-bin';

/** Printed by the process as it exits: its own CPU time (µs) and peak resident set (KB), as `/usr/bin/time` gives. */
const REPORT_AT_EXIT = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nresource-usage '+JSON.stringify([u.userCPUTime+u.systemCPUTime,u.maxRSS])+'\\n')})`;

export interface CliRun {
  ms: number;
  cpuMs: number;
  maxRssMb: number;
}

export function hasBuiltCli(): boolean {
  return existsSync(BIN);
}

/** `zone-stats ARGS…` in a fresh Node process: wall time, and the process's own CPU time and peak memory. */
export function runBuiltCli(args: string[]): CliRun {
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--import', REPORT_AT_EXIT, BIN, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const ms = performance.now() - start;
  const usage = /resource-usage (\[.*\])/.exec(child.stderr ?? '');
  if (child.status !== 0 || !usage)
    throw new Error(`zone-stats ${args[0] ?? ''} failed: ${(child.stderr ?? '').slice(0, 500)}`);
  const [cpuMicros, maxRssKb] = JSON.parse(usage[1]!) as [number, number];
  return { ms, cpuMs: cpuMicros / 1000, maxRssMb: maxRssKb / 1024 };
}
