import { API_METHODS, errorMessage, fail, type AppHandlers } from '../api';
import { createCatalogHandlers } from './catalog-handlers';
import { createEntryHandlers } from './entry-handlers';
import { createExportHandlers } from './export';
import { createMetricsHandlers } from './metrics-handlers';
import { createObservationHandlers } from './observation-handlers';
import type { AppPorts } from './ports';
import { createStoreHandlers } from './store-handlers';

/**
 * The use cases, one per API method, knowing nothing of transport. The desktop app binds them to
 * IPC, the command line and the end-to-end tests call them directly.
 */
export function createHandlers(ports: AppPorts): AppHandlers {
  const handlers: AppHandlers = {
    ...createCatalogHandlers(ports),
    ...createObservationHandlers(ports),
    ...createStoreHandlers(ports),
    ...createEntryHandlers(ports),
    ...createMetricsHandlers(ports),
    ...createExportHandlers(ports),
  };
  return guardAll(handlers);
}

/** An unexpected exception becomes an `internal` Result, so no transport ever sees a raw throw. */
function guardAll(handlers: AppHandlers): AppHandlers {
  const guarded: Record<string, unknown> = {};
  for (const method of API_METHODS) {
    const handler = handlers[method] as (arg: unknown) => Promise<unknown>;
    guarded[method] = async (arg: unknown) => {
      try {
        return await handler(arg);
      } catch (cause) {
        return fail('internal', errorMessage(cause));
      }
    };
  }
  return guarded as AppHandlers;
}
