import { createHandlers, systemClock } from '../../shared/app';
import { openDatasetStore, openPreferencesStore } from '../store';

/** The same use cases as the desktop app, over the same folder, with `conf` as the engine. */
export async function openHandlers(directory: string) {
  const store = await openDatasetStore({ directory });
  const preferences = openPreferencesStore({ directory });
  const handlers = createHandlers({ store, preferences, clock: systemClock });
  return { handlers, close: () => store.close() };
}
