import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { API_METHODS, SHELL_CHANNELS } from '../../../../shared/api';
import { StubIpcMain } from './stub-ipc-main';

/**
 * The composition root, run for real against a stubbed `electron`: the real stores on a temporary
 * user-data folder (conf in place of electron-store, which needs the Electron binary), the real
 * handlers and IPC binding. Only Electron's own objects are stand-ins.
 */
const userData = mkdtempSync(path.join(tmpdir(), 'zone-stats-main-'));

const electron = vi.hoisted(() => ({ stub: undefined as unknown as ReturnType<typeof makeElectron> }));
function makeElectron(lock: boolean) {
  const app = Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => lock),
    whenReady: () => Promise.resolve(),
    getPath: (name: string) => (name === 'userData' ? userData : path.join(userData, name)),
    getVersion: () => '0.1.0',
    getLocale: () => 'en-US',
    getName: () => 'Zone Stats',
    quit: vi.fn(),
    exit: vi.fn(),
    enableSandbox: () => protocols.sandboxed++,
  });
  const protocols: {
    sandboxed: number;
    privileged: unknown[];
    handled: Map<string, (request: { url: string }) => Promise<Response>>;
  } = { sandboxed: 0, privileged: [], handled: new Map() };
  const menus: MenuItemConstructorOptions[][] = [];
  // Plain records, not vi.fn: vitest clears mocks before each test, and these happen in beforeAll.
  const sessionGuards: string[] = [];
  const guard = (name: string) => () => sessionGuards.push(name);
  class BrowserWindow extends EventEmitter {
    static all: BrowserWindow[] = [];
    readonly webContents = { send: vi.fn(), undo: vi.fn(), redo: vi.fn() };
    readonly loadURL = vi.fn(async (_url: string) => undefined);
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly isMinimized = vi.fn(() => false);
    constructor(readonly options: Electron.BrowserWindowConstructorOptions) {
      super();
      BrowserWindow.all.push(this);
    }
    maximize() {}
    show() {}
    isMaximized() {
      return false;
    }
    getNormalBounds() {
      return { x: 50, y: 60, width: 1111, height: 777 };
    }
  }
  return {
    app,
    BrowserWindow,
    menus,
    ipcMain: new StubIpcMain(),
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => template,
      setApplicationMenu: (menu: MenuItemConstructorOptions[]) => menus.push(menu),
    },
    sessionGuards,
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: guard('headers') },
        setPermissionRequestHandler: guard('permission-request'),
        setPermissionCheckHandler: guard('permission-check'),
      },
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    dialog: { showErrorBox: vi.fn(), showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    shell: { showItemInFolder: vi.fn() },
    protocols,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => protocols.privileged.push(...schemes),
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) =>
        protocols.handled.set(scheme, handler),
    },
    net: { fetch: async (url: string) => new Response(`fetched ${url}`) },
    // No keychain on a test machine: a database password would be refused, never written down.
    safeStorage: { isEncryptionAvailable: () => false, encryptString: vi.fn(), decryptString: vi.fn() },
  };
}
// Each start gets a fresh stub; the mocked module itself is made once, so it reads through getters.
vi.mock('electron', () => {
  const names = [
    'app',
    'BrowserWindow',
    'ipcMain',
    'Menu',
    'session',
    'screen',
    'dialog',
    'shell',
    'protocol',
    'net',
    'safeStorage',
  ] as const;
  return new Proxy({} as Record<string, unknown>, {
    get: (_target, name: string) => electron.stub[name as (typeof names)[number]],
    has: (_target, name) => (names as readonly (string | symbol)[]).includes(name),
  });
});
vi.mock('../../../../electron/store/electron-store-engine', async () => ({
  electronStoreEngine: (await import('../../../../electron/store/conf-engine')).confEngine,
}));
vi.stubGlobal('MAIN_WINDOW_VITE_NAME', 'main_window');

async function startMain(lock: boolean) {
  vi.resetModules();
  electron.stub = makeElectron(lock);
  await import('../../../../electron/main/index');
  return electron.stub;
}

afterAll(() => rmSync(userData, { recursive: true, force: true }));

describe('a second app process', () => {
  it('quits at once, leaving the store to the first', async () => {
    const stub = await startMain(false);
    expect(stub.app.quit).toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stub.ipcMain.handlers.size).toBe(0);
    expect(stub.BrowserWindow.all).toEqual([]);
  });
});

describe('the first app process', () => {
  let stub: ReturnType<typeof makeElectron>;
  let window: InstanceType<ReturnType<typeof makeElectron>['BrowserWindow']>;
  let frame: { url: string; parent: null };
  const call = (method: string, arg: unknown, from: unknown = frame) =>
    stub.ipcMain.invoke(`api:${method}`, from as never, arg);
  const menuItem = (id: string) =>
    stub.menus
      .at(-1)
      ?.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []))
      .find((item) => item.id === id) as MenuItemConstructorOptions;

  beforeAll(async () => {
    stub = await startMain(true);
    await vi.waitFor(() => expect(stub.BrowserWindow.all).toHaveLength(1), { timeout: 10_000 });
    window = stub.BrowserWindow.all[0]!;
    frame = { url: `${window.loadURL.mock.calls[0]?.[0]}#/zones`, parent: null };
  });

  it('enables the sandbox for every renderer and serves the built renderer on app:// (issue 10 §9)', async () => {
    expect(stub.protocols.sandboxed).toBe(1);
    expect(stub.protocols.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const response = await stub.protocols.handled.get('app')!({ url: 'app://zone-stats/index.html' });
    expect(await response.text()).toMatch(/^fetched file:\/\/.*\/renderer\/main_window\/index\.html$/);
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'self'/);
    expect(
      (await stub.protocols.handled.get('app')!({ url: 'app://zone-stats/assets/..%2F..%2Fmain.js' })).status,
    ).toBe(404);
  });

  it('binds every API method and the shell channels', () => {
    const channels = [...stub.ipcMain.handlers.keys()];
    expect(channels).toEqual(
      expect.arrayContaining([
        ...API_METHODS.map((method) => `api:${method}`),
        SHELL_CHANNELS.openFile,
        SHELL_CHANNELS.appVersion,
      ]),
    );
  });

  it("binds where the data lives: this computer's folder until a database is chosen", async () => {
    await expect(stub.ipcMain.invoke('data-location:get', frame as never, undefined)).resolves.toEqual({
      kind: 'local',
    });
    await expect(
      stub.ipcMain.invoke('data-location:useDatabase', frame as never, 'postgres://ada:pw@127.0.0.1:1/zs'),
    ).rejects.toThrow(/no safe place for the password/);
    await expect(
      stub.ipcMain.invoke('data-location:get', { url: 'https://evil.example/', parent: null } as never, undefined),
    ).rejects.toThrow('This page may not call the app.');
    await expect(stub.ipcMain.invoke('data-location:copy', frame as never, 'toDatabase')).rejects.toThrow(
      'Choose a shared database first',
    );
    await expect(stub.ipcMain.invoke('data-location:copy', frame as never, 'sideways')).rejects.toThrow(
      'Copy which way',
    );
  });

  it('opens the hardened window on the built page, with the CommonJS preload beside main.js', () => {
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(path.basename(window.options.webPreferences?.preload ?? '')).toBe('preload.cjs');
    expect(frame.url).toBe('app://zone-stats/index.html#/zones');
    expect(stub.sessionGuards.sort()).toEqual(['headers', 'permission-check', 'permission-request']);
    expect(stub.app.listenerCount('web-contents-created')).toBe(1);
  });

  it('serves the page from the store in the user-data dataset folder, and refuses foreign frames', async () => {
    const zone = { id: 'teda', name: 'TEDA', nameZh: '泰达', region: 'Tianjin', benchmarkZoneId: null };
    await expect(call('createZone', { zone })).resolves.toMatchObject({ ok: true });
    await expect(call('listZones', {})).resolves.toEqual({ ok: true, value: [zone] });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(call('listZones', {}, { url: 'https://evil.example/', parent: null })).resolves.toMatchObject({
      ok: false,
      error: { code: 'refused' },
    });
    expect(warn).toHaveBeenCalledWith('[zone-stats] refused api:listZones from https://evil.example/');
    warn.mockRestore();
    await expect(call('getStoreInfo', {})).resolves.toMatchObject({
      ok: true,
      value: { location: path.join(userData, 'dataset') },
    });
  });

  it('builds the menu in the saved language and rebuilds it when the language changes', async () => {
    expect(stub.menus.at(-1)?.map((menu) => menu.label)).toContain('File');
    await call('setPreferences', { patch: { language: 'zh' } });
    expect(stub.menus.at(-1)?.map((menu) => menu.label)).toContain('文件');
  });

  it('sends menu commands to the window', () => {
    (menuItem('navigate-compare').click as () => void)();
    expect(window.webContents.send).toHaveBeenCalledWith(SHELL_CHANNELS.menuCommand, {
      kind: 'navigate',
      screen: 'compare',
    });
  });

  it('brings its window forward when a second process starts', () => {
    window.isMinimized.mockReturnValueOnce(true);
    stub.app.emit('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('saves where the window was when it closes', () => {
    window.emit('close');
    expect(JSON.parse(readFileSync(path.join(userData, 'window-state.json'), 'utf8'))).toEqual({
      x: 50,
      y: 60,
      width: 1111,
      height: 777,
      maximized: false,
    });
  });

  it('holds the quit until the store is closed, then quits', async () => {
    const event = { preventDefault: vi.fn() };
    stub.app.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(stub.app.quit).toHaveBeenCalled());
    expect(existsSync(path.join(userData, 'dataset', 'store.lock'))).toBe(false);
    stub.app.emit('will-quit', { preventDefault: () => expect.unreachable('the second will-quit must pass') });
  });
});
