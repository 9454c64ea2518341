import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';

/** What finding a browser looks at, swappable in tests. */
export interface BrowserProbe {
  env: Record<string, string | undefined>;
  isExecutable(file: string): boolean;
  isDebian(): boolean;
  isRoot(): boolean;
  /** Runs a command, its output shown: apt-get's progress is worth seeing on a fresh machine. */
  run(command: string, args: string[]): void;
}

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const INSTALL =
  'No Chromium or Chrome found: set CHROME_PATH to one, or install Chromium and CJK fonts (Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk).';

/**
 * The browser the end-to-end tests drive: `CHROME_PATH` (or `CHROMIUM_PATH`), else a Chromium or
 * Chrome on the PATH or in /usr/bin, else, on Debian as root, `chromium` and the CJK fonts installed
 * with apt-get as .ci/run does. Otherwise it throws one line saying what to install: the browser
 * tests never skip silently.
 */
export function findBrowser(probe: BrowserProbe = systemProbe()): string {
  const chosen = probe.env.CHROME_PATH ?? probe.env.CHROMIUM_PATH;
  if (chosen) {
    if (!probe.isExecutable(chosen)) throw new Error(`CHROME_PATH is ${chosen}, which is not an executable file.`);
    return chosen;
  }
  const found = onPath(probe);
  if (found) return found;
  if (probe.isDebian() && probe.isRoot()) {
    probe.run('apt-get', ['update', '-qq']);
    probe.run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk']);
    const installed = onPath(probe);
    if (installed) return installed;
  }
  throw new Error(INSTALL);
}

function onPath(probe: BrowserProbe): string | undefined {
  const folders = [...(probe.env.PATH ?? '').split(path.delimiter).filter(Boolean), '/usr/bin'];
  for (const name of NAMES) {
    for (const folder of folders) {
      const file = path.join(folder, name);
      if (probe.isExecutable(file)) return file;
    }
  }
  return undefined;
}

export function systemProbe(): BrowserProbe {
  return {
    env: process.env,
    isExecutable(file) {
      try {
        accessSync(file, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
    isDebian: () => existsSync('/etc/debian_version'),
    isRoot: () => process.getuid?.() === 0,
    run(command, args) {
      execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    },
  };
}
