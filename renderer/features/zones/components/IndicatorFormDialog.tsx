import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../../shared/model';
import { call } from '../../../api';
import { Field } from '../../../components/Field';
import { CatalogFormDialog } from './CatalogFormDialog';
import { displayName } from '../../../../shared/model';
import { fieldMessageText } from '../model/field-message-text';
import { descendantIds } from '../model/hierarchy';
import {
  draftFromIndicator,
  emptyIndicatorDraft,
  INDICATOR_FIELDS,
  indicatorFromDraft,
  validateIndicatorDraft,
} from '../model/indicator-draft';
import { KindPicker } from './KindPicker';
import { NameFields } from './NameFields';
import { AliasesField } from './AliasesField';
import { useEntityForm } from '../model/use-entity-form';

interface IndicatorFormDialogProps {
  /** The indicator to edit; absent to create one. */
  indicator?: Indicator;
  indicators: readonly Indicator[];
  onSaved(indicator: Indicator, mode: 'create' | 'update'): void;
  onClose(): void;
}

export function IndicatorFormDialog({ indicator, indicators, onSaved, onClose }: IndicatorFormDialogProps) {
  const { t, i18n } = useTranslation();
  const mode = indicator ? 'update' : 'create';
  const form = useEntityForm({
    initial: indicator ? draftFromIndicator(indicator) : emptyIndicatorDraft(),
    entity: 'indicator',
    fields: INDICATOR_FIELDS,
    validate: validateIndicatorDraft,
    save: (draft) =>
      call(mode === 'create' ? 'createIndicator' : 'updateIndicator', { indicator: indicatorFromDraft(draft) }),
    onSaved: (saved) => onSaved(saved, mode),
  });
  const { draft, update, errors } = form;
  const message = (field: keyof typeof errors) => fieldMessageText(t, errors[field]);
  const rangeHintId = useId();
  // An indicator cannot be part of itself, nor of one of its own components.
  const excluded = indicator ? descendantIds(indicators, indicator.id).add(indicator.id) : new Set<string>();
  const parents = indicators.filter((other) => !excluded.has(other.id));

  return (
    <CatalogFormDialog
      title={t(indicator ? 'catalog.indicators.editTitle' : 'catalog.indicators.createTitle')}
      creating={mode === 'create'}
      form={form}
      onClose={onClose}
    >
      <NameFields draft={draft} update={update} message={message} idReadOnly={mode === 'update'} />
      <AliasesField draft={draft} update={update} />
      <Field label={t('catalog.fields.unit')} hint={t('catalog.fields.unitHint')} error={message('unit')}>
        {(control) => (
          <input
            {...control}
            className="input input--short"
            value={draft.unit}
            onChange={(event) => update({ ...draft, unit: event.target.value })}
          />
        )}
      </Field>
      <KindPicker value={draft.kind} onChange={(kind) => update({ ...draft, kind })} />
      <Field label={t('catalog.fields.parent')} hint={t('catalog.fields.parentHint')} error={message('parentId')}>
        {(control) => (
          <select
            {...control}
            className="select"
            value={draft.parentId}
            onChange={(event) => update({ ...draft, parentId: event.target.value })}
          >
            <option value="">{t('common.none')}</option>
            {parents.map((other) => (
              <option key={other.id} value={other.id}>
                {displayName(other, i18n.language)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field checkbox-field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.required}
            onChange={(event) => update({ ...draft, required: event.target.checked })}
          />
          <span>{t('catalog.fields.required')}</span>
        </label>
        <p className="field__hint">{t('catalog.fields.requiredHint')}</p>
      </div>
      <fieldset className="field field--wide range-field" aria-describedby={rangeHintId}>
        <legend className="field__label">{t('catalog.fields.plausibleRange')}</legend>
        <div className="range-field__inputs">
          <Field label={t('catalog.fields.plausibleMin')} error={message('plausibleYoyMin')}>
            {(control) => (
              <input
                {...control}
                className="input input--number"
                inputMode="decimal"
                value={draft.plausibleYoyMin}
                onChange={(event) => update({ ...draft, plausibleYoyMin: event.target.value })}
              />
            )}
          </Field>
          <Field label={t('catalog.fields.plausibleMax')} error={message('plausibleYoyMax')}>
            {(control) => (
              <input
                {...control}
                className="input input--number"
                inputMode="decimal"
                value={draft.plausibleYoyMax}
                onChange={(event) => update({ ...draft, plausibleYoyMax: event.target.value })}
              />
            )}
          </Field>
        </div>
        <p id={rangeHintId} className="field__hint">
          {t('catalog.fields.plausibleRangeHint')}
        </p>
      </fieldset>
    </CatalogFormDialog>
  );
}
