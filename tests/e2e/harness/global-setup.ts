import { findBrowser } from './find-browser';

/** Once before the browser tests: find (or on Debian as root, install) the browser, or stop with what to install. */
export default function setup(): void {
  process.env.CHROME_PATH = findBrowser();
}
