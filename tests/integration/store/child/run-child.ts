import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./commit-loop.ts', import.meta.url));

export interface Child {
  process: ChildProcess;
  /** Every line printed so far. */
  lines: string[];
  /** Resolves with the first line matching, or rejects if the child exits first. */
  waitFor(pattern: RegExp): Promise<string>;
  exited: Promise<void>;
}

/** Runs child/commit-loop.ts in a real second Node process. */
export function runChild(...args: string[]): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiters: { pattern: RegExp; resolve(line: string): void }[] = [];
  let stderr = '';
  let buffered = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const complete = buffered.split('\n');
    buffered = complete.pop()!;
    for (const line of complete) {
      lines.push(line);
      for (const waiter of waiters.filter((candidate) => candidate.pattern.test(line))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = once(child, 'exit').then(() => undefined);
  return {
    process: child,
    lines,
    exited,
    waitFor(pattern) {
      const seen = lines.find((line) => pattern.test(line));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        waiters.push({ pattern, resolve });
        void exited.then(() => reject(new Error(`child exited before printing ${pattern}; stderr: ${stderr}`)));
      });
    },
  };
}
