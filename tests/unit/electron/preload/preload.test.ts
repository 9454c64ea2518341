import { beforeAll, describe, expect, it, vi } from 'vitest';
import { API_METHODS, SHELL_CHANNELS, type AppApi, type AppShell, type MenuCommand } from '../../../../shared/api';

type Listener = (event: unknown, payload: unknown) => void;

// The preload's whole world: contextBridge and ipcRenderer, stubbed to record what it does.
const exposed = new Map<string, unknown>();
const listeners = new Map<string, Set<Listener>>();
const invoke = vi.fn(async (channel: string, arg?: unknown) => ({ channel, arg }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: {
    invoke,
    on: (channel: string, listener: Listener) =>
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel: string, listener: Listener) => listeners.get(channel)?.delete(listener),
  },
  // A File dropped from the desktop has a path; one made in the page (a Blob) has none.
  webUtils: { getPathForFile: (file: { path?: string }) => file.path ?? '' },
}));

const emit = (channel: string, payload: unknown) =>
  listeners.get(channel)?.forEach((listener) => listener({ sender: 'secret' }, payload));

describe('the preload', () => {
  let api: AppApi;
  let shell: AppShell;
  beforeAll(async () => {
    await import('../../../../electron/preload/index');
    api = exposed.get('api') as AppApi;
    shell = exposed.get('shell') as AppShell;
  });

  it('exposes only window.api and window.shell', () => {
    expect([...exposed.keys()].sort()).toEqual(['api', 'shell']);
  });

  it('gives window.api exactly the listed methods, no more and no less', () => {
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each method on its own api:<method> channel with its argument', async () => {
    for (const method of API_METHODS) {
      const call = api[method] as (arg: unknown) => Promise<unknown>;
      await expect(call({ probe: method })).resolves.toEqual({ channel: `api:${method}`, arg: { probe: method } });
    }
    expect(invoke).toHaveBeenCalledTimes(API_METHODS.length);
  });

  it('gives window.shell the dialogs, reveal and version on shell:* channels', async () => {
    expect(Object.keys(shell).sort()).toEqual([
      'appVersion',
      'chooseSaveTarget',
      'copyData',
      'getDataLocation',
      'onChangedElsewhere',
      'onMenuCommand',
      'openDroppedFile',
      'openFile',
      'revealInFolder',
      'saveFile',
      'useDatabase',
      'useLocalData',
    ]);
    invoke.mockClear();
    await shell.openFile({ title: 'Import' });
    await shell.openDroppedFile({ path: '/home/clerk/bureau.xlsx' }, 'spreadsheet');
    await shell.openDroppedFile({ path: '/home/clerk/brief.md' }, 'briefText');
    await shell.saveFile({ defaultName: 'out.png', bytes: new Uint8Array([137, 80]) });
    await shell.chooseSaveTarget({ defaultName: 'out.xlsx' });
    await shell.revealInFolder('/tmp/out.xlsx');
    await shell.appVersion();
    await shell.getDataLocation!();
    await shell.useDatabase!('postgres://ada@db/zs');
    await shell.useLocalData!();
    await shell.copyData!('toDatabase');
    expect(invoke.mock.calls).toEqual([
      [SHELL_CHANNELS.openFile, { title: 'Import' }],
      [SHELL_CHANNELS.openDroppedFile, { path: '/home/clerk/bureau.xlsx', kind: 'spreadsheet' }],
      [SHELL_CHANNELS.openDroppedFile, { path: '/home/clerk/brief.md', kind: 'briefText' }],
      [SHELL_CHANNELS.saveFile, { defaultName: 'out.png', bytes: new Uint8Array([137, 80]) }],
      [SHELL_CHANNELS.chooseSaveTarget, { defaultName: 'out.xlsx' }],
      [SHELL_CHANNELS.revealInFolder, '/tmp/out.xlsx'],
      [SHELL_CHANNELS.appVersion, undefined],
      ['data-location:get', undefined],
      ['data-location:useDatabase', 'postgres://ada@db/zs'],
      ['data-location:useLocal', undefined],
      ['data-location:copy', 'toDatabase'],
    ]);
  });

  it("passes other users' commits to the page, drops malformed ones, and unsubscribes", () => {
    const received: unknown[] = [];
    const unsubscribe = shell.onChangedElsewhere!((change) => received.push(change));
    emit('data-location:changedElsewhere', {
      by: 'ada',
      zoneIds: ['bt'],
      catalog: false,
      replaced: false,
      at: 'x',
      meta: [],
    });
    emit('data-location:changedElsewhere', { by: 'ada', zoneIds: 'bt' });
    unsubscribe();
    emit('data-location:changedElsewhere', { by: 'bob', zoneIds: [], catalog: true, replaced: false });
    expect(received).toEqual([{ by: 'ada', zoneIds: ['bt'], catalog: false, replaced: false, at: 'x', meta: [] }]);
  });

  it('refuses a dropped file that is not on disk without asking main', async () => {
    invoke.mockClear();
    await expect(shell.openDroppedFile({}, 'briefText')).resolves.toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringMatching(/not on disk/) },
    });
    expect(invoke).not.toHaveBeenCalled();
  });

  it('passes menu commands to the page without the IPC event, drops malformed ones, and unsubscribes', () => {
    const received: MenuCommand[] = [];
    const unsubscribe = shell.onMenuCommand((command) => received.push(command));
    emit(SHELL_CHANNELS.menuCommand, { kind: 'navigate', screen: 'compare' });
    emit(SHELL_CHANNELS.menuCommand, { kind: 'navigate', screen: 'elsewhere' });
    emit(SHELL_CHANNELS.menuCommand, { kind: 'format-disk' });
    emit(SHELL_CHANNELS.menuCommand, { kind: 'undo' });
    unsubscribe();
    emit(SHELL_CHANNELS.menuCommand, { kind: 'redo' });
    expect(received).toEqual([{ kind: 'navigate', screen: 'compare' }, { kind: 'undo' }]);
    expect(listeners.get(SHELL_CHANNELS.menuCommand)?.size).toBe(0);
  });
});
