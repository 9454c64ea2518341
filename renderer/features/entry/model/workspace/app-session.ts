import { call, onDatasetReplaced } from '../../../../api';
import { EntrySession } from '../session/entry-session';

let session: EntrySession | null = null;

/**
 * The app's one entry session: its undo history and pending saves outlive a visit to another
 * screen. It talks to `window.api` through renderer/api.ts.
 */
export function appEntrySession(): EntrySession {
  session ??= new EntrySession({
    getObservations: (arg) => call('getObservations', arg),
    getObservationVersions: (arg) => call('getObservationVersions', arg),
    saveObservations: (arg) => call('saveObservations', arg),
    deleteObservations: (arg) => call('deleteObservations', arg),
  });
  onDatasetReplaced(() => session?.forgetAfterReplace());
  return session;
}
