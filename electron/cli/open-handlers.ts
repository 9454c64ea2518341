import { existsSync } from 'node:fs';
import { createHandlers, systemClock } from '../../shared/app';
import { openDatasetStore, openPreferencesStore, PRODUCT_NAME, StoreLockedError, StoreVersionError } from '../store';
import { FileRegistry } from '../files/file-registry';
import { nodeRawDeflate } from '../files/raw-deflate';
import { nodeWorkbookCodec } from '../files/raw-inflate';
import { CliRefusal, type OpenedHandlers } from './command';
import { packageVersion } from './package-version';

/** The version an export's About sheet names: the package's, as `zone-stats --version` prints it. */
const version = packageVersion();

/**
 * The same use cases as the desktop app, over the same folder, with `conf` as the engine. Without
 * `create` a missing folder is refused rather than made (a mistyped `--data` on a dry run); the dataset
 * in use by another process, or written by a newer version, is a refusal too, not a fault.
 */
export async function openHandlers(
  directory: string,
  { create = true }: { create?: boolean } = {},
): Promise<OpenedHandlers> {
  if (!create && !existsSync(directory))
    throw new CliRefusal(
      `the data folder ${directory} does not exist (check --data or ZONE_STATS_DATA); nothing was created`,
    );
  let store;
  try {
    store = await openDatasetStore({ directory });
  } catch (cause) {
    if (cause instanceof StoreLockedError || cause instanceof StoreVersionError) throw new CliRefusal(cause.message);
    throw cause;
  }
  const preferences = openPreferencesStore({ directory });
  const files = new FileRegistry();
  const handlers = createHandlers({
    store,
    preferences,
    clock: systemClock,
    application: { name: PRODUCT_NAME, version },
    files,
    deflate: nodeRawDeflate,
    workbookCodec: nodeWorkbookCodec,
  });
  return { handlers, files, notices: [...store.notices(), ...preferences.notices()], close: () => store.close() };
}
