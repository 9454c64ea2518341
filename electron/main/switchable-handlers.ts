import { API_METHODS, type AppApi } from '../../shared/api';

/**
 * The use cases as IPC binds them once, each call going to the set in use now: choosing where the
 * data lives swaps in handlers over the other store without binding the channels again.
 */
export function switchableHandlers(initial: AppApi): { handlers: AppApi; swap(next: AppApi): void } {
  let current = initial;
  const handlers: Record<string, (arg: unknown) => Promise<unknown>> = {};
  for (const method of API_METHODS)
    handlers[method] = (arg) => (current[method] as (input: unknown) => Promise<unknown>)(arg);
  return {
    handlers: handlers as AppApi,
    swap(next) {
      current = next;
    },
  };
}
