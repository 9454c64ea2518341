import { useEffect } from 'react';
import { onMenuCommand } from '../../../../api';
import type { EntrySession } from '../session/entry-session';

/** A text field with typing not yet saved keeps Ctrl+Z for its own text, as any text field does. */
function typingInProgress(): boolean {
  const focused = document.activeElement;
  return focused instanceof HTMLElement && focused.dataset.dirty === 'true';
}

/**
 * Ctrl+Z undoes the last saved action (one cell, a whole paste); Ctrl+Shift+Z and Ctrl+Y redo it.
 * The Edit menu's Undo and Redo do the same.
 */
export function useUndoCommands(session: EntrySession): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || !(event.ctrlKey || event.metaKey) || event.altKey || typingInProgress()) return;
      const key = event.key.toLowerCase();
      const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
      const undo = key === 'z' && !event.shiftKey;
      if (!undo && !redo) return;
      event.preventDefault();
      if (undo) session.undo();
      else session.redo();
    }
    window.addEventListener('keydown', onKeyDown);
    const stopMenu = onMenuCommand((command) => {
      if (typingInProgress()) return;
      if (command.kind === 'undo') session.undo();
      else if (command.kind === 'redo') session.redo();
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stopMenu();
    };
  }, [session]);
}
