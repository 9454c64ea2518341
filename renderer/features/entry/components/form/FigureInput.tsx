import { useContext, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { HardProblem } from '../../model/checks/hard-checks';
import { formatOneDecimal, formatValue, plainNumber } from '../../model/format';
import { UnsavedEntriesContext } from '../../model/form/unsaved-context';

interface FigureInputProps {
  label: string;
  committed: number | null;
  kind: 'value' | 'percent';
  language: string;
  /** Where Enter goes next: the same column of the next row (data-entry-* attributes). */
  row: number;
  column: string;
  /** Saves the text; the hard problem that blocks it, or null once committed. */
  onCommit(text: string): HardProblem | null;
  describe(problem: HardProblem): string;
}

/** Moves focus to the same column `offset` rows away, as Enter does in a spreadsheet. */
export function focusRowInput(from: HTMLElement, column: string, row: number): void {
  const form = from.closest('.entry-form');
  const next = form?.querySelector<HTMLInputElement>(`input[data-entry-column="${column}"][data-entry-row="${row}"]`);
  next?.focus();
}

/**
 * A figure field of the form: shows the number as published, edits it plain; Enter or leaving the
 * field saves it, Esc restores the saved figure, and a figure that cannot be saved stays in the
 * field, marked, with the reason below it.
 */
export function FigureInput({ label, committed, kind, language, row, column, onCommit, describe }: FigureInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const [problem, setProblem] = useState<HardProblem | null>(null);
  const messageId = useId();
  const unsaved = useContext(UnsavedEntriesContext);
  useEffect(() => () => unsaved?.release(messageId), [unsaved, messageId]);
  const input = useRef<HTMLInputElement>(null);
  // Focus shows the plain number in place of the formatted one; select it once it is there, so typing replaces it.
  useLayoutEffect(() => {
    if (focused && draft === null) input.current?.select();
    // Only on gaining focus: selecting again while typing would eat the text.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focused]);
  const format = kind === 'percent' ? formatOneDecimal : formatValue;
  const shown = draft ?? (focused ? plainNumber(committed) : format(committed, language));

  function commit(): boolean {
    if (draft === null) return true;
    const blocked = onCommit(draft);
    setProblem(blocked);
    if (blocked) unsaved?.hold(messageId);
    else {
      setDraft(null);
      unsaved?.release(messageId);
    }
    return blocked === null;
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (commit()) focusRowInput(event.currentTarget, column, row + (event.shiftKey ? -1 : 1));
    } else if (event.key === 'Escape' && draft !== null) {
      event.preventDefault();
      setDraft(null);
      setProblem(null);
      unsaved?.release(messageId);
    }
  }

  return (
    <div className={`entry-form__cell${problem ? ' entry-form__cell--invalid' : ''}`}>
      <input
        className="input entry-form__figure"
        inputMode="decimal"
        aria-label={label}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? messageId : undefined}
        data-entry-row={row}
        data-entry-column={column}
        data-dirty={draft !== null && draft !== plainNumber(committed) ? 'true' : undefined}
        value={shown}
        ref={input}
        onFocus={() => setFocused(true)}
        onChange={(event) => {
          setDraft(event.target.value);
          setProblem(null);
        }}
        onBlur={() => {
          setFocused(false);
          commit();
        }}
        onKeyDown={onKeyDown}
      />
      {problem && (
        <p id={messageId} className="entry-form__error" role="alert">
          {describe(problem)}
        </p>
      )}
    </div>
  );
}
