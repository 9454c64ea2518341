import { API_METHODS, API_SCHEMAS, errorMessage, fail, problemsFromZod, type AppApi, type AppHandlers } from '../api';
import { createBriefHandlers } from './brief';
import { createCatalogHandlers } from './catalog-handlers';
import { storeWithCommitFeed } from './commit-feed';
import { createEntryHandlers } from './entry-handlers';
import { createExportHandlers } from './export';
import { createImportHandlers } from './import';
import { createMetricsCache } from './metrics-cache';
import { createMetricsHandlers } from './metrics-handlers';
import { createObservationHandlers } from './observation-handlers';
import { createSampleHandlers } from './sample';
import { StoreRefusal, type AppPorts } from './ports';
import { createStoreHandlers } from './store-handlers';

/**
 * The use cases, one per API method, knowing nothing of transport. The desktop app binds them to
 * IPC, the command line and the end-to-end tests call them directly; each call's argument is
 * validated here whatever the transport.
 */
export function createHandlers(given: AppPorts): AppApi {
  const metrics = createMetricsCache(given.store);
  const ports: AppPorts = {
    ...given,
    store: storeWithCommitFeed(given.store, metrics),
  };
  const handlers: AppHandlers = {
    ...createCatalogHandlers(ports),
    ...createObservationHandlers(ports),
    ...createStoreHandlers(ports),
    ...createEntryHandlers(ports, metrics),
    ...createMetricsHandlers(ports, metrics),
    ...createExportHandlers(ports, metrics),
    ...createImportHandlers(ports),
    ...createBriefHandlers(ports),
    ...createSampleHandlers(ports),
  };
  return guardAll(handlers);
}

/**
 * A bad argument becomes an `invalid` Result naming each field, and an unexpected exception an
 * `internal` one, so no transport ever sees a raw throw.
 */
function guardAll(handlers: AppHandlers): AppApi {
  const guarded: Record<string, unknown> = {};
  for (const method of API_METHODS) {
    const handler = handlers[method] as (arg: unknown) => Promise<unknown>;
    const schema = API_SCHEMAS[method];
    guarded[method] = async (arg: unknown) => {
      const parsed = schema.safeParse(arg);
      if (!parsed.success)
        return fail('invalid', `invalid argument for ${method}`, { problems: problemsFromZod(parsed.error) });
      try {
        return await handler(parsed.data);
      } catch (cause) {
        if (cause instanceof StoreRefusal) return fail(cause.code, cause.message);
        return fail('internal', errorMessage(cause));
      }
    };
  }
  return guarded as AppApi;
}
