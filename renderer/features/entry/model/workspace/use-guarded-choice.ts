import { useCallback } from 'react';
import type { EntrySession } from '../session/entry-session';
import { focusHeldField, leaveFocusedField } from './held-field';
import type { ChoicePatch } from './use-entry-choice';

/**
 * Changing the zone, period, basis or view never drops what was typed: the field being typed in is
 * left first (so its text is saved, or held with its error), and while a form field holds text that
 * could not be saved the choice stays, the field gets the focus back, and `onRefused` says why.
 * (A grid cell left with text that cannot be saved says so in the grid's notice.)
 */
export function useGuardedChoice(
  session: EntrySession,
  setChoice: (patch: ChoicePatch) => void,
  onRefused: () => void,
): (patch: ChoicePatch) => void {
  return useCallback(
    (patch: ChoicePatch) => {
      leaveFocusedField();
      if (session.unsaved.count === 0) {
        setChoice(patch);
        return;
      }
      onRefused();
      focusHeldField();
    },
    [session, setChoice, onRefused],
  );
}
