import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FilteredListProps<Choice extends string> {
  /** The kind of entry shown (a severity, a kind of change) and the kinds to choose from. */
  choice: Choice;
  choices: readonly { value: Choice; label: string }[];
  onChoose(choice: Choice): void;
  /** The text every shown entry contains. */
  text: string;
  placeholder: string;
  onText(text: string): void;
  /** How many entries are left after filtering; with none, `nothingText` is said in place of the list. */
  shownCount: number;
  nothingText: string;
  children: ReactNode;
}

/** A list of the wizard's (problems, changes) under its two filters: a kind and a text. */
export function FilteredList<Choice extends string>({
  choice,
  choices,
  onChoose,
  text,
  placeholder,
  onText,
  shownCount,
  nothingText,
  children,
}: FilteredListProps<Choice>) {
  const { t } = useTranslation('import');
  return (
    <>
      <div className="import-filters">
        <label className="field">
          <span className="field__label">{t('problems.severity')}</span>
          <select
            className="select select--compact"
            value={choice}
            onChange={(event) => onChoose(event.target.value as Choice)}
          >
            {choices.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('problems.filter')}</span>
          <input
            className="input"
            type="search"
            value={text}
            placeholder={placeholder}
            onChange={(event) => onText(event.target.value)}
          />
        </label>
      </div>
      {shownCount === 0 ? <p className="muted">{nothingText}</p> : children}
    </>
  );
}
