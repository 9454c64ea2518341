import type { SelectHTMLAttributes } from 'react';
import { addMonths, currentPeriod, isPeriod, type Period } from '../../shared/model';
import { shortPeriodLabel } from '../i18n/format';

/** Months offered: the current one and the ten years before it, newest first. */
const MONTHS_BACK = 10 * 12;

export function recentMonths(now: Date): Period[] {
  const current = currentPeriod(now);
  return Array.from({ length: MONTHS_BACK + 1 }, (_, index) => addMonths(current, -index));
}

interface MonthSelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> {
  value: string;
  language: string;
  /** The label of the empty choice. */
  emptyLabel: string;
  onChange(period: Period | undefined): void;
}

/**
 * A month chosen from a list labelled in the app's language (`2025年5月` / `May 2025`), where
 * `<input type="month">` would follow the browser's locale instead.
 */
export function MonthSelect({ value, language, emptyLabel, onChange, ...control }: MonthSelectProps) {
  const months = recentMonths(new Date());
  if (isPeriod(value) && !months.includes(value as Period)) months.push(value as Period);
  return (
    <select
      {...control}
      value={value}
      onChange={(event) => onChange(event.target.value === '' ? undefined : (event.target.value as Period))}
    >
      <option value="">{emptyLabel}</option>
      {months.map((period) => (
        <option key={period} value={period}>
          {shortPeriodLabel(period, 'month', language)}
        </option>
      ))}
    </select>
  );
}
