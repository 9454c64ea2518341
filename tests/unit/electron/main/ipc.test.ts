import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { API_METHODS, ok, type ApiMethod, type AppApi } from '../../../../shared/api';
import { openTempApp, type TempApp } from '../../../integration/app/temp-app';
import { StubIpcMain, APP_FILE, appFrame } from './stub-ipc-main';

// The binding is handed Electron's ipcMain; here that is a stub recording handle() calls.
vi.mock('electron', () => ({ ipcMain: new StubIpcMain() }));
const { ipcMain } = (await import('electron')) as unknown as { ipcMain: StubIpcMain };
const { bindApi } = await import('../../../../electron/main/ipc');
const { appPage, isTrustedSender } = await import('../../../../electron/main/app-page');

const page = appPage(undefined, APP_FILE);
const log = vi.fn();
const spies = Object.fromEntries(
  API_METHODS.map((method) => [method, vi.fn(async (_arg: unknown) => ok(`${method} done`))]),
) as Record<ApiMethod, Mock<(arg: unknown) => Promise<unknown>>>;
const api = spies as unknown as AppApi;

describe('bindApi', () => {
  beforeEach(() => {
    ipcMain.handlers.clear();
    vi.clearAllMocks();
    bindApi(ipcMain, api, { isTrusted: (frame) => isTrustedSender(frame, page), log });
  });

  it('registers exactly one api:<method> channel per listed method', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(API_METHODS.map((method) => `api:${method}`).sort());
  });

  it("forwards a call from the app page to the guarded API as sent: validation is the guard's alone", async () => {
    const result = await ipcMain.invoke('api:deleteZone', appFrame, { id: 'tianjin-teda' });
    expect(result).toEqual({ ok: true, value: 'deleteZone done' });
    expect(spies.deleteZone).toHaveBeenCalledWith({ id: 'tianjin-teda' });
  });

  it.each([
    ['another web origin', { url: 'https://evil.example/#/zones', parent: null }],
    ['another file on disk', { url: 'file:///tmp/evil.html', parent: null }],
    ['a subframe of the app page', { url: appFrame.url, parent: appFrame }],
    ['a frame that is gone', null],
  ])('refuses a call from %s and logs it, without calling the handler', async (_case, frame) => {
    const result = await ipcMain.invoke('api:listZones', frame, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(spies.listZones).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('refused api:listZones'));
  });
});

describe('bindApi over the real use cases (createHandlers on a store in a temporary folder)', () => {
  let app: TempApp;
  beforeEach(async () => {
    ipcMain.handlers.clear();
    app = await openTempApp();
    bindApi(ipcMain, app.handlers, { isTrusted: (frame) => isTrustedSender(frame, page), log });
  });
  afterEach(() => app.dispose());

  it.each([
    ['an unknown field', { id: 'z1', extra: true }],
    ['a malformed id', { id: '../../etc/passwd' }],
    ['no argument at all', undefined],
    ['a string instead of an object', 'z1'],
  ])("answers %s with the guard's one invalid Result, naming its problems", async (_case, payload) => {
    const result = await ipcMain.invoke('api:deleteZone', appFrame, payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', message: 'invalid argument for deleteZone' } });
    expect((result as { error: { problems: unknown[] } }).error.problems.length).toBeGreaterThan(0);
    expect(await app.handlers.deleteZone(payload as never)).toEqual(result);
  });
});
