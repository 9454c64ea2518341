import { FileRegistry } from '../files/file-registry';
import { nodeRawDeflate } from '../files/raw-deflate';
import { DEFAULT_PREFERENCES, type Preferences } from '../../shared/api';
import { createHandlers, systemClock, type PreferencesStore } from '../../shared/app';
import { PRODUCT_NAME } from '../store';
import { connectionFailure, describeLocation, openPgDatasetStore } from '../store-pg';
import { CliRefusal, type OpenedHandlers } from './command';
import { packageVersion } from './package-version';

/** The command line keeps no preferences of its own for a database: the defaults, for this run only. */
function runPreferences(): PreferencesStore {
  let current: Preferences = { ...DEFAULT_PREFERENCES };
  return {
    get: () => current,
    set: (patch) => (current = { ...current, ...patch }),
  };
}

/**
 * The same use cases over a PostgreSQL database. A server that cannot be reached, a refused login
 * and a database without the Zone Stats schema are refusals (exit 2), each naming the database
 * without its password.
 */
export async function openDatabaseHandlers(url: string): Promise<OpenedHandlers> {
  const location = describeLocation(url);
  let store;
  try {
    store = await openPgDatasetStore({ url });
  } catch (cause) {
    const refusal = connectionFailure(cause, location);
    if (refusal) throw new CliRefusal(refusal);
    throw cause;
  }
  const files = new FileRegistry();
  const handlers = createHandlers({
    store,
    preferences: runPreferences(),
    clock: systemClock,
    application: { name: PRODUCT_NAME, version: packageVersion() },
    files,
    deflate: nodeRawDeflate,
  });
  return { handlers, files, notices: [], close: () => store.close() };
}
