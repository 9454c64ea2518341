import { pathToFileURL } from 'node:url';

/**
 * Where the app's own page comes from: the built index.html on disk, or Vite's dev server under
 * `electron-forge start`. Everything else (other files, other origins, subframes) is foreign.
 */
export type AppPage = { kind: 'file'; url: string } | { kind: 'dev'; url: string; origin: string };

export function appPage(devServerUrl: string | undefined, indexHtmlPath: string): AppPage {
  if (devServerUrl) return { kind: 'dev', url: devServerUrl, origin: new URL(devServerUrl).origin };
  return { kind: 'file', url: pathToFileURL(indexHtmlPath).href };
}

/** True when `url` is the app's page itself (any hash or query: the UI routes with them). */
export function isAppUrl(url: string, page: AppPage): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (page.kind === 'dev') return parsed.origin === page.origin;
  // file: URLs all share the opaque origin "null", so compare the exact document instead.
  parsed.hash = '';
  parsed.search = '';
  return parsed.href === page.url;
}

/** What main knows of the frame that sent an IPC message (Electron's WebFrameMain, narrowed). */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/** Only the app page's main frame may call main: never a subframe, never another document. */
export function isTrustedSender(frame: SenderFrame | null | undefined, page: AppPage): boolean {
  return frame != null && frame.parent === null && isAppUrl(frame.url, page);
}
