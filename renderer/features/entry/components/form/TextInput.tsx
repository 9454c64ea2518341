import { useState, type KeyboardEvent } from 'react';
import { focusRowInput } from './FigureInput';

interface TextInputProps {
  label: string;
  committed: string;
  placeholder?: string;
  hint?: string;
  row: number;
  column: string;
  onCommit(text: string): void;
  /** The note under the source: smaller. */
  secondary?: boolean;
}

/** A source or note: saved on Enter or when the field is left; Esc restores the saved text. */
export function TextInput({ label, committed, placeholder, hint, row, column, onCommit, secondary }: TextInputProps) {
  const [draft, setDraft] = useState<string | null>(null);

  function commit() {
    if (draft === null) return;
    if (draft.trim() !== committed) onCommit(draft.trim());
    setDraft(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
      focusRowInput(event.currentTarget, column, row + (event.shiftKey ? -1 : 1));
    } else if (event.key === 'Escape' && draft !== null) {
      event.preventDefault();
      setDraft(null);
    }
  }

  return (
    <div className="entry-form__cell entry-form__cell--text">
      <input
        className={`input entry-form__text${secondary ? ' entry-form__text--secondary' : ''}`}
        aria-label={label}
        title={hint}
        placeholder={placeholder}
        data-entry-row={row}
        data-entry-column={column}
        data-dirty={draft !== null && draft !== committed ? 'true' : undefined}
        value={draft ?? committed}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {hint && <span className="entry-form__hint">{hint}</span>}
    </div>
  );
}
