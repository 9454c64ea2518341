import { useId } from 'react';

interface RadioChoiceProps<V extends string> {
  legend: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange(value: V): void;
}

/** A few exclusive choices drawn as one segmented control. */
export function RadioChoice<V extends string>({ legend, value, options, onChange }: RadioChoiceProps<V>) {
  const name = useId();
  return (
    <fieldset className="export-field">
      <legend className="field__label">{legend}</legend>
      <div className="segmented">
        {options.map((option) => (
          <label key={option.value} className="segmented__option">
            <input type="radio" name={name} value={option.value} checked={option.value === value} onChange={() => onChange(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
