import { useEffect } from 'react';
import type { EntrySession } from '../session/entry-session';

/**
 * A link to another screen (the sidebar) is not followed while a field holds text that could not be
 * saved: leaving would unmount the form and drop it. The field gets the focus back.
 */
export function useLeaveGuard(session: EntrySession, onRefused: () => void): void {
  useEffect(() => {
    function onClick(event: MouseEvent) {
      if (session.unsaved.count === 0 || !(event.target instanceof Element)) return;
      if (!event.target.closest('a[href^="#/"]')) return;
      event.preventDefault();
      onRefused();
      document.querySelector<HTMLInputElement>('.entry-form input[aria-invalid="true"]')?.focus();
    }
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [session, onRefused]);
}
