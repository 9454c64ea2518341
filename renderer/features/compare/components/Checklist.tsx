import type { Indicator } from '../../../../shared/model';
import { displayName } from '../../../../shared/model';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';

interface ChecklistProps {
  legend: string;
  items: readonly { id: string; label: string }[];
  selected: readonly string[];
  onChange(selected: string[]): void;
}

/** A row of checkboxes: which indicators the table shows, which zones a chart draws. */
export function Checklist({ legend, items, selected, onChange }: ChecklistProps) {
  const toggle = (id: string, on: boolean) =>
    onChange(
      on
        ? items.map((item) => item.id).filter((item) => item === id || selected.includes(item))
        : selected.filter((item) => item !== id),
    );
  return (
    <fieldset className="checklist">
      <legend className="checklist__legend">{legend}</legend>
      <div className="checklist__items">
        {items.map((item) => (
          <label key={item.id} className="checkbox">
            <input
              type="checkbox"
              checked={selected.includes(item.id)}
              onChange={(event) => toggle(item.id, event.target.checked)}
            />
            <span>{item.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The indicators the zone table shows. */
export function IndicatorChecklist({
  indicators,
  selected,
  onChange,
}: {
  indicators: readonly Indicator[];
  selected: readonly string[];
  onChange(selected: string[]): void;
}) {
  const { t } = useTranslation('compare');
  const language = useLanguage();
  return (
    <Checklist
      legend={t('zones.indicators')}
      items={indicators.map((indicator) => ({ id: indicator.id, label: displayName(indicator, language) }))}
      selected={selected}
      onChange={onChange}
    />
  );
}
