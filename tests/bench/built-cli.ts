import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BIN, binEnvironment } from '../integration/cli/zone-stats-bin';

/**
 * Printed by the process as it exits: its own CPU time (µs) and peak resident set (KB; VmHWM, as
 * own-peak.ts explains, else maxRSS). Loaded through NODE_OPTIONS, so the bin runs as installed, with
 * its shebang's V8 flags; spaces are %20 because NODE_OPTIONS splits on them.
 */
const REPORT_AT_EXIT = `data:text/javascript,process.on('exit',()=>{const%20u=process.resourceUsage();let%20kb=u.maxRSS;try{kb=Number(/VmHWM:%5Cs+(%5Cd+)/.exec(process.getBuiltinModule('fs').readFileSync('/proc/self/status','utf8'))[1])}catch{}process.stderr.write('%5Cnresource-usage%20'+JSON.stringify([u.userCPUTime+u.systemCPUTime,kb])+'%5Cn')})`;

export interface CliRun {
  ms: number;
  cpuMs: number;
  maxRssMb: number;
}

export function hasBuiltCli(): boolean {
  return existsSync(BIN);
}

/** `zone-stats ARGS…` in a fresh process, started as a user starts it: wall time, and the process's own CPU time and peak memory. */
export function runBuiltCli(args: string[]): CliRun {
  const start = performance.now();
  const child = spawnSync(BIN, args, {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    env: binEnvironment({ NODE_OPTIONS: `--import=${REPORT_AT_EXIT}` }),
  });
  const ms = performance.now() - start;
  const usage = /resource-usage (\[.*\])/.exec(child.stderr ?? '');
  if (child.status !== 0 || !usage)
    throw new Error(
      `zone-stats ${args[0] ?? ''} failed: ${(child.stderr ?? child.error?.message ?? '').slice(0, 500)}`,
    );
  const [cpuMicros, maxRssKb] = JSON.parse(usage[1]!) as [number, number];
  return { ms, cpuMs: cpuMicros / 1000, maxRssMb: maxRssKb / 1024 };
}
