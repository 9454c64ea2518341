import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { INDICATOR_KINDS, type IndicatorKind } from '../../../../shared/model';

/** Flow, stock or rate, each with what it means for year-to-date sums. */
export function KindPicker({ value, onChange }: { value: IndicatorKind; onChange(kind: IndicatorKind): void }) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="field field--wide kind-picker">
      <legend className="field__label">{t('catalog.fields.kind')}</legend>
      <div className="kind-picker__options">
        {INDICATOR_KINDS.map((kind) => (
          <label key={kind} className={`kind-option${value === kind ? ' kind-option--selected' : ''}`}>
            <input type="radio" name={name} value={kind} checked={value === kind} onChange={() => onChange(kind)} />
            <span className="kind-option__text">
              <span className="kind-option__title">{t(`catalog.kinds.${kind}`)}</span>
              <span className="kind-option__hint">{t(`catalog.kinds.${kind}Hint`)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
