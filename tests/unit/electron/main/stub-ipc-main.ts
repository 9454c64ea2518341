import type { InvokeEvent, IpcMainLike } from '../../../../electron/main/ipc';

type Listener = (event: InvokeEvent, ...args: unknown[]) => unknown;

/** An ipcMain that records `handle()` registrations and lets a test invoke them as a frame would. */
export class StubIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();

  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }

  async invoke(channel: string, frame: InvokeEvent['senderFrame'], ...args: unknown[]): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener({ senderFrame: frame }, ...args);
  }
}

/** The built renderer's folder; its index.html is served as app://zone-stats/index.html. */
export const APP_FILE = '/opt/zone-stats/resources/app.asar/.vite/renderer/main_window';
/** The app page's main frame, as Electron describes it. */
export const appFrame = { url: 'app://zone-stats/index.html#/zones', parent: null };
