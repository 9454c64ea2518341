import {
  API_METHODS,
  API_SCHEMAS,
  apiChannel,
  errorMessage,
  fail,
  problemsFromZod,
  type ApiMethod,
  type AppHandlers,
} from '../../shared/api';
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
 * the app page's main frame, and the argument must pass the method's schema before the handler
 * sees it. Refusals come back as Results, like every expected failure.
 */
export function bindApi(ipcMain: IpcMainLike, handlers: AppHandlers, options: BindOptions): void {
  for (const method of API_METHODS) {
    ipcMain.handle(apiChannel(method), (event, arg) => callHandler(method, handlers, options, event, arg));
  }
}

async function callHandler(method: ApiMethod, handlers: AppHandlers, options: BindOptions, event: InvokeEvent, arg: unknown) {
  if (!options.isTrusted(event.senderFrame)) {
    options.log(`refused api:${method} from ${event.senderFrame?.url ?? 'a frame that is gone'}`);
    return fail('refused', 'This page may not call the app.');
  }
  const parsed = API_SCHEMAS[method].safeParse(arg);
  if (!parsed.success) {
    return fail('invalid', `The request to ${method} is not valid.`, { problems: problemsFromZod(parsed.error) });
  }
  const handler = handlers[method] as (input: unknown) => Promise<unknown>;
  try {
    return await handler(parsed.data);
  } catch (cause) {
    return fail('internal', errorMessage(cause));
  }
}
