import { useCallback } from 'react';
import type { EntrySession } from '../session/entry-session';
import type { ChoicePatch } from './use-entry-choice';

/** The first field of the form still holding text that could not be saved. */
function heldField(): HTMLInputElement | null {
  return document.querySelector<HTMLInputElement>('.entry-form input[aria-invalid="true"]');
}

/**
 * Changing the zone, period, basis or view never drops what was typed: the field being typed in is
 * left first (so its text is saved, or held with its error), and while a form field holds text that
 * could not be saved the choice stays, the field gets the focus back, and `onRefused` says why.
 * (A grid cell left with text that cannot be saved says so in the grid's notice.)
 */
export function useGuardedChoice(session: EntrySession, setChoice: (patch: ChoicePatch) => void, onRefused: () => void): (patch: ChoicePatch) => void {
  return useCallback(
    (patch: ChoicePatch) => {
      const focused = document.activeElement;
      if (focused instanceof HTMLInputElement && focused.closest('.entry-screen')) focused.blur();
      if (session.unsaved.count === 0) {
        setChoice(patch);
        return;
      }
      onRefused();
      // The field re-renders as invalid first; focus it once it has.
      requestAnimationFrame(() => heldField()?.focus());
    },
    [session, setChoice, onRefused],
  );
}
