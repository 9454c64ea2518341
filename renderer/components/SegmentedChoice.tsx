import { useId } from 'react';

export interface ChoiceOption<V extends string> {
  value: V;
  label: string;
}

interface SegmentedChoiceProps<V extends string> {
  legend: string;
  value: V;
  options: readonly ChoiceOption<V>[];
  onChange(value: V): void;
  /** Classes of the fieldset and its legend: a toolbar group unless the choice sits elsewhere (a form). */
  className?: string;
  legendClassName?: string;
}

/** A few exclusive choices as radio buttons drawn as one control (arrow keys move between them). */
export function SegmentedChoice<V extends string>({
  legend,
  value,
  options,
  onChange,
  className = 'toolbar__group',
  legendClassName = 'toolbar__label',
}: SegmentedChoiceProps<V>) {
  const name = useId();
  return (
    <fieldset className={className}>
      <legend className={legendClassName}>{legend}</legend>
      <div className="segmented">
        {options.map((option) => (
          <label key={option.value} className="segmented__option">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
