import { readFileSync } from 'node:fs';

/**
 * This process's own peak resident memory in KB. Not `resourceUsage().maxRSS` alone: Linux carries
 * the parent's resident set over fork and exec into the child's maxRSS, so a child of the benchmark
 * (hundreds of MB by then) reported the benchmark's size, not its own. VmHWM counts only the memory
 * of the program now running; maxRSS where there is no /proc.
 */
export function ownPeakKb(): number {
  try {
    const line = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (line) return Number(line[1]);
  } catch {
    // No /proc (macOS, Windows).
  }
  return process.resourceUsage().maxRSS;
}
