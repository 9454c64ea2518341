import { describe, expect, it } from 'vitest';
import { findBrowser, type BrowserProbe } from '../../../e2e/harness/find-browser';

/** A machine with these executables, on Debian or not, as root or not; it records what it runs. */
function machine(
  executables: string[],
  { debian = false, root = false, installs = [] as string[], env = {} as Record<string, string> } = {},
) {
  const present = new Set(executables);
  const ran: string[] = [];
  const probe: BrowserProbe = {
    env: { PATH: '/usr/local/bin:/usr/bin', ...env },
    isExecutable: (file) => present.has(file),
    isDebian: () => debian,
    isRoot: () => root,
    run(command, args) {
      ran.push([command, ...args].join(' '));
      if (args.includes('install')) installs.forEach((file) => present.add(file));
    },
  };
  return { probe, ran };
}

describe('findBrowser: the end-to-end tests find or provision a browser, never skip (issue 10 §10)', () => {
  it('takes CHROME_PATH first, and refuses one that is not executable', () => {
    expect(
      findBrowser(
        machine(['/opt/chrome/chrome', '/usr/bin/chromium'], { env: { CHROME_PATH: '/opt/chrome/chrome' } }).probe,
      ),
    ).toBe('/opt/chrome/chrome');
    expect(() => findBrowser(machine([], { env: { CHROME_PATH: '/nowhere/chrome' } }).probe)).toThrow(
      'CHROME_PATH is /nowhere/chrome, which is not an executable file.',
    );
  });

  it('finds a system Chromium, else Google Chrome, on the PATH', () => {
    expect(findBrowser(machine(['/usr/bin/chromium']).probe)).toBe('/usr/bin/chromium');
    expect(findBrowser(machine(['/usr/local/bin/google-chrome']).probe)).toBe('/usr/local/bin/google-chrome');
  });

  it('on Debian as root installs chromium and the CJK fonts as .ci/run does', () => {
    const { probe, ran } = machine([], { debian: true, root: true, installs: ['/usr/bin/chromium'] });
    expect(findBrowser(probe)).toBe('/usr/bin/chromium');
    expect(ran).toEqual(['apt-get update -qq', 'apt-get install -y -qq chromium fonts-noto-cjk']);
  });

  it('otherwise stops with one line saying what to install', () => {
    const line =
      'No Chromium or Chrome found: set CHROME_PATH to one, or install Chromium and CJK fonts (Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk).';
    const notRoot = machine([], { debian: true, root: false });
    expect(() => findBrowser(notRoot.probe)).toThrow(line);
    expect(notRoot.ran).toEqual([]);
    expect(() => findBrowser(machine([], { debian: false, root: true }).probe)).toThrow(line);
  });
});
