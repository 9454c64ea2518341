import { useId } from 'react';

interface LabeledSelectProps {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange(value: string): void;
  wide?: boolean;
  disabled?: boolean;
}

/** A labelled drop-down for the toolbar. */
export function LabeledSelect({ label, value, options, onChange, wide, disabled }: LabeledSelectProps) {
  const id = useId();
  return (
    <div className={`compare-toolbar__group${wide ? ' compare-toolbar__group--wide' : ''}`}>
      <label className="compare-toolbar__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="select" value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
