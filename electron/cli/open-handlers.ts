import { readFileSync } from 'node:fs';
import { createHandlers, systemClock } from '../../shared/app';
import { openDatasetStore, openPreferencesStore, PRODUCT_NAME } from '../store';

/** The version an export's About sheet names: the package's, as `zone-stats --version` prints it. */
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** The same use cases as the desktop app, over the same folder, with `conf` as the engine. */
export async function openHandlers(directory: string) {
  const store = await openDatasetStore({ directory });
  const preferences = openPreferencesStore({ directory });
  const handlers = createHandlers({ store, preferences, clock: systemClock, application: { name: PRODUCT_NAME, version } });
  return { handlers, close: () => store.close() };
}
