import { useEffect } from 'react';
import { setLeaveGuard } from '../../../../app/routes';
import type { EntrySession } from '../session/entry-session';
import { focusHeldField, leaveFocusedField } from './held-field';

/**
 * Another screen (a sidebar link, the Navigate menu) is not opened while a field holds text that
 * could not be saved: leaving would unmount the form and drop it. The field gets the focus back.
 */
export function useLeaveGuard(session: EntrySession, onRefused: () => void): void {
  useEffect(() => {
    function mayLeave(): boolean {
      leaveFocusedField();
      if (session.unsaved.count === 0) return true;
      onRefused();
      focusHeldField();
      return false;
    }
    function onClick(event: MouseEvent) {
      if (!(event.target instanceof Element) || !event.target.closest('a[href^="#/"]')) return;
      if (!mayLeave()) event.preventDefault();
    }
    document.addEventListener('click', onClick, true);
    const stopGuard = setLeaveGuard(mayLeave);
    return () => {
      document.removeEventListener('click', onClick, true);
      stopGuard();
    };
  }, [session, onRefused]);
}
