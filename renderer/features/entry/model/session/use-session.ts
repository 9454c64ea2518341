import { useCallback, useSyncExternalStore } from 'react';
import type { EntrySession } from './entry-session';
import type { SaveState } from './save-queue';

/** Re-renders whenever the session's observations, undo stacks or save state change. */
export function useSessionVersion(session: EntrySession): number {
  const subscribe = useCallback((listener: () => void) => session.subscribe(listener), [session]);
  return useSyncExternalStore(subscribe, () => session.getVersion());
}

export function useSaveState(session: EntrySession): SaveState {
  const subscribe = useCallback((listener: () => void) => session.subscribe(listener), [session]);
  return useSyncExternalStore(subscribe, () => session.saveState);
}
