import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';

interface NumberPreferenceProps {
  label: string;
  hint: string;
  value: number;
  min: number;
  max: number;
  wholeNumber?: boolean;
  onSave(value: number): Promise<boolean>;
}

/** A number setting saved when the field is left or Enter is pressed, once it is in range. */
export function NumberPreference({ label, hint, value, min, max, wholeNumber = false, onSave }: NumberPreferenceProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);

  async function commit() {
    const parsed = Number(text.trim());
    const valid =
      text.trim() !== '' &&
      Number.isFinite(parsed) &&
      parsed >= min &&
      parsed <= max &&
      (!wholeNumber || Number.isInteger(parsed));
    if (!valid) {
      setError(
        t(wholeNumber ? 'settings.preferences.invalidWhole' : 'settings.preferences.invalidNumber', { min, max }),
      );
      return;
    }
    setError(undefined);
    if (parsed === value) return;
    setSaved(await onSave(parsed));
  }

  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <div className="inline-controls">
          <input
            {...control}
            className="input input--number"
            type="text"
            inputMode="decimal"
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setSaved(false);
            }}
            onBlur={() => void commit()}
            onKeyDown={(event) => {
              if (event.key === 'Enter') void commit();
            }}
          />
          <span className="save-state" role="status">
            {saved ? t('settings.preferences.saved') : ''}
          </span>
        </div>
      )}
    </Field>
  );
}
