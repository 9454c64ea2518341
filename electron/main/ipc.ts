import { API_METHODS, apiChannel, fail, type ApiMethod, type AppApi } from '../../shared/api';
import type { SenderFrame } from './app-page';

/** The part of Electron's IpcMainInvokeEvent the binding reads. */
export interface InvokeEvent {
  senderFrame: SenderFrame | null;
}

/** The part of Electron's ipcMain the binding uses. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => unknown): void;
}

export interface BindOptions {
  isTrusted(frame: SenderFrame | null): boolean;
  log(message: string): void;
}

/**
 * Binds every API method to `api:<method>`. The renderer is untrusted: the sender frame must be
 * the app page's main frame. The argument goes on as sent: `createHandlers`' guard is the one place
 * that validates it and shapes every failure into a Result, for IPC, the command line and e2e alike.
 */
export function bindApi(ipcMain: IpcMainLike, api: AppApi, options: BindOptions): void {
  for (const method of API_METHODS) {
    ipcMain.handle(apiChannel(method), (event, arg) => forward(method, api, options, event, arg));
  }
}

function forward(method: ApiMethod, api: AppApi, options: BindOptions, event: InvokeEvent, arg: unknown) {
  if (!options.isTrusted(event.senderFrame)) {
    options.log(`refused api:${method} from ${event.senderFrame?.url ?? 'a frame that is gone'}`);
    return fail('refused', 'This page may not call the app.');
  }
  return (api[method] as (input: unknown) => Promise<unknown>)(arg);
}
