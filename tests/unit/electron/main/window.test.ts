import { describe, expect, it, vi } from 'vitest';
import { appPage } from '../../../../electron/main/app-page';
import { DEFAULT_BOUNDS, restoreBounds } from '../../../../electron/main/window-bounds';

/** A BrowserWindow that records how it was made and lets the test fire its events. */
class StubWindow {
  static last: StubWindow;
  readonly events = new Map<string, () => void>();
  readonly loadURL = vi.fn(async () => undefined);
  readonly maximize = vi.fn();
  readonly show = vi.fn();
  constructor(readonly options: Electron.BrowserWindowConstructorOptions) {
    StubWindow.last = this;
  }
  on(event: string, listener: () => void) {
    this.events.set(event, listener);
    return this;
  }
  once(event: string, listener: () => void) {
    return this.on(event, listener);
  }
  getNormalBounds() {
    return { x: 40, y: 30, width: 1400, height: 900 };
  }
  isMaximized() {
    return true;
  }
}
vi.mock('electron', () => ({ BrowserWindow: StubWindow }));
const { createMainWindow, windowOptions } = await import('../../../../electron/main/window');

describe('the main window', () => {
  it('runs the page isolated, sandboxed, without Node and with web security', () => {
    const { webPreferences } = windowOptions('/app/.vite/build/preload.cjs', DEFAULT_BOUNDS, 'Zone Stats');
    expect(webPreferences).toMatchObject({
      preload: '/app/.vite/build/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('loads the app page where it was last left, shows it when ready, and saves where it is on close', () => {
    const saveBounds = vi.fn();
    const page = appPage(undefined, '/app/.vite/renderer/main_window');
    createMainWindow({
      preloadPath: '/p.cjs',
      page,
      title: 'Zone Stats',
      bounds: { x: 10, y: 20, width: 1300, height: 850, maximized: true },
      saveBounds,
    });
    const window = StubWindow.last;
    expect(window.options).toMatchObject({ x: 10, y: 20, width: 1300, height: 850, show: false });
    expect(window.maximize).toHaveBeenCalled();
    expect(window.loadURL).toHaveBeenCalledWith('app://zone-stats/index.html');
    window.events.get('ready-to-show')?.();
    expect(window.show).toHaveBeenCalled();
    window.events.get('close')?.();
    expect(saveBounds).toHaveBeenCalledWith({ x: 40, y: 30, width: 1400, height: 900, maximized: true });
  });
});

describe('restoring the window bounds', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

  it('opens at the default size the first time', () => {
    expect(restoreBounds(null, screen)).toEqual(DEFAULT_BOUNDS);
  });

  it('puts the window back where it was when that is on a display', () => {
    expect(restoreBounds({ x: 100, y: 50, width: 1200, height: 800, maximized: false }, screen)).toEqual({
      x: 100,
      y: 50,
      width: 1200,
      height: 800,
      maximized: false,
    });
  });

  it('centres it when its display is gone, keeping its size', () => {
    expect(restoreBounds({ x: 2500, y: 50, width: 1200, height: 800, maximized: true }, screen)).toEqual({
      width: 1200,
      height: 800,
      maximized: true,
    });
  });

  it('never restores a window smaller than the minimum', () => {
    expect(restoreBounds({ width: 10, height: 10, maximized: false }, screen)).toMatchObject({
      width: 900,
      height: 600,
    });
  });
});
