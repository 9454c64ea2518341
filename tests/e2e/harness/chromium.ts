import { chromium, type BrowserContext } from 'playwright-core';
import { findBrowser } from './find-browser';

/** Quiet, headless and network-silent: nothing but the page under test talks to anything. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

export interface ChromiumOptions {
  userDataDir: string;
  viewport: { width: number; height: number };
  colorScheme: 'light' | 'dark';
  locale: string;
}

/** A fresh profile per app: no state leaks from one test into the next. */
export function launchChromium(options: ChromiumOptions): Promise<BrowserContext> {
  return chromium.launchPersistentContext(options.userDataDir, {
    // The global setup found it already (and put it in CHROME_PATH); findBrowser then only checks it.
    executablePath: findBrowser(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport,
    deviceScaleFactor: 1,
    colorScheme: options.colorScheme,
    locale: options.locale,
    timezoneId: 'Asia/Shanghai',
  });
}
