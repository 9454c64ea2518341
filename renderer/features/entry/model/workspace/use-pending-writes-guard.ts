import { useEffect } from 'react';
import type { EntrySession } from '../session/entry-session';

/**
 * Closing the window while figures are still being saved waits for them: the close is held back
 * and made again once the last write has landed.
 */
export function usePendingWritesGuard(session: EntrySession): void {
  useEffect(() => {
    function onBeforeUnload(event: BeforeUnloadEvent) {
      if (!session.queue.busy) return;
      event.preventDefault();
      void session.flush().then(() => window.close());
    }
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [session]);
}
