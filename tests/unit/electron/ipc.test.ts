import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { API_METHODS, ok, type ApiMethod, type AppHandlers } from '../../../shared/api';
import { StubIpcMain, APP_FILE, appFrame } from './stub-ipc-main';

// The binding is handed Electron's ipcMain; here that is a stub recording handle() calls.
vi.mock('electron', () => ({ ipcMain: new StubIpcMain() }));
const { ipcMain } = (await import('electron')) as unknown as { ipcMain: StubIpcMain };
const { bindApi } = await import('../../../electron/main/ipc');
const { appPage, isTrustedSender } = await import('../../../electron/main/app-page');

const page = appPage(undefined, APP_FILE);
const log = vi.fn();
const spies = Object.fromEntries(API_METHODS.map((method) => [method, vi.fn(async (_arg: unknown) => ok(`${method} done`))])) as Record<
  ApiMethod,
  Mock<(arg: unknown) => Promise<unknown>>
>;
const handlers = spies as unknown as AppHandlers;

describe('bindApi', () => {
  beforeEach(() => {
    ipcMain.handlers.clear();
    vi.clearAllMocks();
    bindApi(ipcMain, handlers, { isTrusted: (frame) => isTrustedSender(frame, page), log });
  });

  it('registers exactly one api:<method> channel per listed method', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(API_METHODS.map((method) => `api:${method}`).sort());
  });

  it('passes a valid call from the app page to its handler, with the parsed argument', async () => {
    const result = await ipcMain.invoke('api:deleteZone', appFrame, { id: 'tianjin-teda' });
    expect(result).toEqual({ ok: true, value: 'deleteZone done' });
    // zod applied the default: the handler sees the output type, not the raw payload.
    expect(spies.deleteZone).toHaveBeenCalledWith({ id: 'tianjin-teda', confirm: false });
  });

  it.each([
    ['an unknown field', { id: 'z1', extra: true }],
    ['a malformed id', { id: '../../etc/passwd' }],
    ['no argument at all', undefined],
    ['a string instead of an object', 'z1'],
  ])('refuses %s as invalid, with its problems, without calling the handler', async (_case, payload) => {
    const result = await ipcMain.invoke('api:deleteZone', appFrame, payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect((result as { error: { problems: unknown[] } }).error.problems.length).toBeGreaterThan(0);
    expect(spies.deleteZone).not.toHaveBeenCalled();
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

  it('turns a handler that throws into an internal Result rather than a rejected invoke', async () => {
    spies.listZones.mockRejectedValueOnce(new Error('disk on fire'));
    await expect(ipcMain.invoke('api:listZones', appFrame, {})).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'disk on fire' },
    });
  });
});
