import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import type { AppPage } from './app-page';
import { MIN_SIZE, type WindowBounds } from './window-bounds';

/** The hardened window: the page gets no Node, an isolated world, and the sandbox. */
export function windowOptions(
  preloadPath: string,
  bounds: WindowBounds,
  title: string,
): BrowserWindowConstructorOptions {
  return {
    title,
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  };
}

export interface MainWindowOptions {
  preloadPath: string;
  page: AppPage;
  bounds: WindowBounds;
  title: string;
  /** Called as the window closes, with where it was, to be restored next time. */
  saveBounds(bounds: WindowBounds): void;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(windowOptions(options.preloadPath, options.bounds, options.title));
  if (options.bounds.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const { x, y, width, height } = window.getNormalBounds();
    options.saveBounds({ x, y, width, height, maximized: window.isMaximized() });
  });
  void window.loadURL(options.page.url);
  return window;
}
