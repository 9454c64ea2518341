import type { App, Session, WebContents } from 'electron';
import { isAppUrl, type AppPage } from './app-page';
import { withCsp } from './csp';

type SessionLike = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
};
type ContentsLike = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** What `will-frame-navigate` gives: any frame's navigation, subframes included. */
interface FrameNavigation {
  url: string;
  isMainFrame: boolean;
  preventDefault(): void;
}

/** Every response gets our CSP; no permission (camera, notifications, …) is ever granted. */
export function guardSession(session: SessionLike, csp: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders, csp) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** The page may reload itself but never go elsewhere, open windows, or embed a webview. */
export function guardContents(contents: ContentsLike, page: AppPage, log: (message: string) => void): void {
  const stayHome = (event: { preventDefault(): void }, url: string) => {
    if (isAppUrl(url, page)) return;
    event.preventDefault();
    log(`blocked navigation to ${url}`);
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  // Covers the frames will-navigate does not: a subframe may never navigate, the main frame only home.
  (contents.on as (event: 'will-frame-navigate', listener: (details: FrameNavigation) => void) => void)(
    'will-frame-navigate',
    (details) => {
      if (details.isMainFrame && isAppUrl(details.url, page)) return;
      details.preventDefault();
      log(`blocked ${details.isMainFrame ? '' : 'subframe '}navigation to ${details.url}`);
    },
  );
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    log(`blocked window.open of ${url}`);
    return { action: 'deny' };
  });
}

/** Applies the guards to every web contents the app ever creates, not just the main window's. */
export function guardApp(app: Pick<App, 'on'>, page: AppPage, log: (message: string) => void): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents, page, log));
}
