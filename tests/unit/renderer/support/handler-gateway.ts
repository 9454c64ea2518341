import { API_METHODS, API_SCHEMAS, type AppApi, type AppHandlers } from '../../../../shared/api';

/**
 * `window.api` as the preload builds it, over the real use cases: each argument goes through
 * JSON and the method's schema, as it does across IPC, so a test sees what the app would.
 */
export function apiOver(handlers: AppHandlers): AppApi {
  const api: Record<string, (arg: unknown) => Promise<unknown>> = {};
  for (const method of API_METHODS) {
    api[method] = async (arg: unknown) => {
      const parsed = API_SCHEMAS[method].safeParse(JSON.parse(JSON.stringify(arg ?? {})));
      if (!parsed.success) return { ok: false, error: { code: 'invalid', message: parsed.error.message } };
      const handler = handlers[method] as (arg: unknown) => Promise<unknown>;
      return JSON.parse(JSON.stringify(await handler(parsed.data)));
    };
  }
  return api as AppApi;
}
