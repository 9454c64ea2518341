import { useId } from 'react';

interface PickerSelectProps {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange(value: string): void;
  wide?: boolean;
}

export function PickerSelect({ label, value, options, onChange, wide }: PickerSelectProps) {
  const id = useId();
  return (
    <div className="entry-toolbar__group">
      <label className="entry-toolbar__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className={`select select--compact${wide ? ' entry-toolbar__wide' : ''}`} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
