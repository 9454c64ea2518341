import { z } from 'zod';
import { DATA_LOCATION_CHANNELS, type CopyDirection, type CopyOutcome, type DataLocation } from '../../shared/api';
import type { SenderFrame } from './app-page';
import type { DataLocationSettings } from './data-location-settings';
import type { IpcMainLike } from './ipc';

export interface DataLocationIpcDeps {
  settings: Pick<DataLocationSettings, 'location' | 'useDatabase' | 'useLocal'>;
  /** Closes the store in use and opens the one the settings now name, with new handlers. */
  reopen(): Promise<void>;
  /** With a database in use: this computer's data copied over the database's, or back. */
  copy(direction: CopyDirection): Promise<CopyOutcome>;
  isTrusted(frame: SenderFrame | null): boolean;
  log(message: string): void;
}

const UrlSchema = z.string().min(1).max(2000);

/** Binds `data-location:*`. Failures reject with a readable message, as the shell's do. */
const DirectionSchema = z.enum(['toDatabase', 'toLocal']);

export function bindDataLocation(
  ipcMain: IpcMainLike,
  { settings, reopen, copy, isTrusted, log }: DataLocationIpcDeps,
): void {
  const bind = (channel: string, run: (arg: unknown) => Promise<DataLocation | CopyOutcome>) => {
    ipcMain.handle(channel, async (event, arg) => {
      if (!isTrusted(event.senderFrame)) {
        log(`refused ${channel} from ${event.senderFrame?.url ?? 'a frame that is gone'}`);
        throw new Error('This page may not call the app.');
      }
      return run(arg);
    });
  };

  bind(DATA_LOCATION_CHANNELS.get, async () => settings.location());

  bind(DATA_LOCATION_CHANNELS.useDatabase, async (arg) => {
    const parsed = UrlSchema.safeParse(arg);
    if (!parsed.success) throw new Error('The database address is missing.');
    const before = settings.location();
    const chosen = await settings.useDatabase(parsed.data);
    try {
      await reopen();
    } catch (cause) {
      // Tested a moment ago, yet it would not open: the store in use stays, and so does the setting.
      if (before.kind === 'local') settings.useLocal();
      throw cause;
    }
    return chosen;
  });

  bind(DATA_LOCATION_CHANNELS.copy, async (arg) => {
    const direction = DirectionSchema.safeParse(arg);
    if (!direction.success) throw new Error('Copy which way: toDatabase or toLocal.');
    if (settings.location().kind !== 'database')
      throw new Error('Choose a shared database first: the copy goes between it and this computer.');
    return copy(direction.data);
  });

  bind(DATA_LOCATION_CHANNELS.useLocal, async () => {
    const chosen = settings.useLocal();
    await reopen();
    return chosen;
  });
}
