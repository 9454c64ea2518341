import { useId } from 'react';
import type { ChoiceOption } from './SegmentedChoice';

interface LabeledSelectProps {
  label: string;
  value: string;
  options: readonly ChoiceOption<string>[];
  onChange(value: string): void;
  disabled?: boolean;
  /** Classes of the wrapper, its label and the select: a toolbar group unless told otherwise. */
  className?: string;
  labelClassName?: string;
  selectClassName?: string;
}

/** A drop-down with its label above it. */
export function LabeledSelect({
  label,
  value,
  options,
  onChange,
  disabled,
  className = 'toolbar__group',
  labelClassName = 'toolbar__label',
  selectClassName = 'select',
}: LabeledSelectProps) {
  const id = useId();
  return (
    <div className={className}>
      <label className={labelClassName} htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className={selectClassName}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
