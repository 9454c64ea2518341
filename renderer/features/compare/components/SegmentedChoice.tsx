import { useId } from 'react';

interface SegmentedChoiceProps<V extends string> {
  legend: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange(value: V): void;
}

/** A few exclusive choices as radio buttons drawn as one control. */
export function SegmentedChoice<V extends string>({ legend, value, options, onChange }: SegmentedChoiceProps<V>) {
  const name = useId();
  return (
    <fieldset className="compare-toolbar__group">
      <legend className="compare-toolbar__label">{legend}</legend>
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
