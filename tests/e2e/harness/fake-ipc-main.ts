import type { InvokeEvent, IpcMainLike } from '../../../electron/main/ipc';

type Listener = (event: InvokeEvent, ...args: unknown[]) => unknown;

/** Collects what main's bindings register, so the harness can call them as Electron would. */
export class FakeIpcMain implements IpcMainLike {
  private readonly listeners = new Map<string, Listener>();

  handle(channel: string, listener: Listener): void {
    if (this.listeners.has(channel)) throw new Error(`${channel} is bound twice`);
    this.listeners.set(channel, listener);
  }

  channels(): string[] {
    return [...this.listeners.keys()];
  }

  /** Rejects, as ipcRenderer.invoke does, when no handler exists or the handler throws. */
  async invoke(channel: string, event: InvokeEvent, arg: unknown): Promise<unknown> {
    const listener = this.listeners.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener(event, arg);
  }
}
