import { APP_ORIGIN } from './app-protocol';

/**
 * Where the app's own page comes from: the built renderer served as `app://zone-stats/index.html`
 * (app-protocol.ts), or Vite's dev server under `electron-forge start`. Everything else (files,
 * other origins, subframes) is foreign.
 */
export type AppPage =
  { kind: 'app'; url: string; origin: string; root: string } | { kind: 'dev'; url: string; origin: string };

/** `rendererRoot` is the folder of the built index.html. */
export function appPage(devServerUrl: string | undefined, rendererRoot: string): AppPage {
  if (devServerUrl) return { kind: 'dev', url: devServerUrl, origin: new URL(devServerUrl).origin };
  return { kind: 'app', url: `${APP_ORIGIN}/index.html`, origin: APP_ORIGIN, root: rendererRoot };
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
  // The one document, any route in its hash or query: app:// is a standard scheme with a real origin.
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
