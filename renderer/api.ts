import type {
  ApiMethod,
  ApiResults,
  AppApi,
  AppError,
  AppShell,
  ChangedElsewhere,
  MenuCommand,
  Result,
} from '../shared/api';

declare global {
  interface Window {
    api: AppApi;
    shell: AppShell;
  }
}

/** The only module that touches `window.api` and `window.shell`; screens import from here. */

export type ApiArg<K extends ApiMethod> = Parameters<AppApi[K]>[0];

/** A failed call as an exception, for code that only cares about the value. */
export class ApiFailure extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'ApiFailure';
  }
}

type ErrorListener = (error: AppError) => void;
const errorListeners = new Set<ErrorListener>();

/** Errors that no form shows in place reach the app's notification area through this. */
export function onApiError(listener: ErrorListener): () => void {
  errorListeners.add(listener);
  return () => errorListeners.delete(listener);
}

export function reportError(error: AppError): void {
  for (const listener of errorListeners) listener(error);
}

type ReplacedListener = () => void;
const replacedListeners = new Set<ReplacedListener>();
/** Calls that replace the dataset wholesale: what any screen remembers of it is stale afterwards. */
const REPLACING_METHODS = new Set<ApiMethod>(['restoreBackup']);

/** Told after a backup was restored, so undo histories and caches of the old data are dropped. */
export function onDatasetReplaced(listener: ReplacedListener): () => void {
  replacedListeners.add(listener);
  return () => replacedListeners.delete(listener);
}

/** The dataset was replaced outside the API (another store chosen in Settings): the same as a restored backup to every screen. */
export function announceDatasetReplaced(): void {
  for (const listener of replacedListeners) listener();
}

/** Calls one method; a broken transport becomes an `internal` Result, so this never throws. */
export async function call<K extends ApiMethod>(method: K, arg: ApiArg<K>): Promise<Result<ApiResults[K]>> {
  const invoke = window.api[method] as (arg: ApiArg<K>) => Promise<Result<ApiResults[K]>>;
  try {
    const result = await invoke(arg);
    if (result.ok && REPLACING_METHODS.has(method)) for (const listener of replacedListeners) listener();
    return result;
  } catch (cause) {
    return { ok: false, error: { code: 'internal', message: cause instanceof Error ? cause.message : String(cause) } };
  }
}

/** Calls one method for its value; a failure is reported to the notification area and thrown. */
export async function request<K extends ApiMethod>(method: K, arg: ApiArg<K>): Promise<ApiResults[K]> {
  const result = await call(method, arg);
  if (result.ok) return result.value;
  reportError(result.error);
  throw new ApiFailure(result.error);
}

export function shell(): AppShell {
  return window.shell;
}

/** Other users' commits to the shared database in use; a host without one never calls. */
export function onChangedElsewhere(listener: (change: ChangedElsewhere) => void): () => void {
  const source = window.shell as Partial<AppShell> | undefined;
  if (typeof source?.onChangedElsewhere !== 'function') return () => undefined;
  return source.onChangedElsewhere(listener);
}

/** Listens to the native menu's commands; a host without a menu (a plain browser) has none. */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  const source = window.shell as Partial<AppShell> | undefined;
  if (typeof source?.onMenuCommand !== 'function') return () => undefined;
  return source.onMenuCommand(listener);
}
