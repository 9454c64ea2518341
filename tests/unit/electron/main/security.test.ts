import { describe, expect, it, vi } from 'vitest';
import { appPage } from '../../../../electron/main/app-page';
import { guardApp, guardContents, guardSession } from '../../../../electron/main/security';

type Handler = (...args: never[]) => unknown;

/** An object whose `on()` and `setXxx()` calls are recorded, so a test can fire the handlers. */
function recorder() {
  const events = new Map<string, Handler>();
  const set = new Map<string, Handler>();
  const record = (name: string) => (handler: Handler) => set.set(name, handler);
  return {
    events,
    set,
    on: (event: string, handler: Handler) => events.set(event, handler),
    setWindowOpenHandler: record('windowOpen'),
    setPermissionRequestHandler: record('permissionRequest'),
    setPermissionCheckHandler: record('permissionCheck'),
    webRequest: { onHeadersReceived: record('headersReceived') },
  };
}
const fire = <T>(handler: Handler | undefined, ...args: unknown[]) =>
  (handler as unknown as (...a: unknown[]) => T)(...args);

const page = appPage(undefined, '/app/.vite/renderer/main_window');

describe('the session guards', () => {
  const session = recorder();
  guardSession(session as never, "default-src 'self'");

  it('puts the CSP on every response', () => {
    const callback = vi.fn();
    fire(session.set.get('headersReceived'), { responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': ["default-src 'self'"] },
    });
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])(
    'denies a %s permission request and check',
    (permission) => {
      const callback = vi.fn();
      fire(session.set.get('permissionRequest'), {}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(fire(session.set.get('permissionCheck'), {}, permission, 'file://', {})).toBe(false);
    },
  );
});

describe('the web contents guards', () => {
  const contents = recorder();
  const log = vi.fn();
  guardContents(contents as never, page, log);
  const navigate = (event: string, url: string) => {
    const preventDefault = vi.fn();
    fire(contents.events.get(event), { preventDefault }, url);
    return preventDefault.mock.calls.length > 0;
  };

  it('blocks navigation and redirects away from the app page, and logs them', () => {
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-redirect', 'https://evil.example/')).toBe(true);
    expect(log).toHaveBeenCalledWith('blocked navigation to https://evil.example/');
  });

  it("blocks every subframe navigation and the main frame's away from home (will-frame-navigate)", () => {
    const frameNavigate = (url: string, isMainFrame: boolean) => {
      const preventDefault = vi.fn();
      fire(contents.events.get('will-frame-navigate'), { url, isMainFrame, preventDefault });
      return preventDefault.mock.calls.length > 0;
    };
    expect(frameNavigate(`${page.url}#/compare`, true)).toBe(false);
    expect(frameNavigate('https://evil.example/', true)).toBe(true);
    expect(frameNavigate(`${page.url}#/compare`, false)).toBe(true);
    expect(log).toHaveBeenCalledWith('blocked subframe navigation to app://zone-stats/index.html#/compare');
  });

  it('lets the page reload itself', () => {
    expect(navigate('will-navigate', `${page.url}#/settings`)).toBe(false);
  });

  it('denies every window.open and webview', () => {
    expect(fire(contents.set.get('windowOpen'), { url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(navigate('will-attach-webview', 'about:blank')).toBe(true);
  });

  it('guards every web contents the app creates', () => {
    const app = recorder();
    guardApp(app as never, page, log);
    const created = recorder();
    fire(app.events.get('web-contents-created'), {}, created);
    expect(fire(created.set.get('windowOpen'), { url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect([...created.events.keys()]).toEqual(
      expect.arrayContaining(['will-navigate', 'will-redirect', 'will-frame-navigate', 'will-attach-webview']),
    );
  });
});
