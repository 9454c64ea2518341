import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Zone } from '../../../shared/model';
import { call } from '../../api';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { displayName } from './display-name';
import { fieldMessageText } from './field-message-text';
import { FormFailureAlert } from './FormFailureAlert';
import { useEntityForm } from './use-entity-form';
import { draftFromZone, emptyZoneDraft, validateZoneDraft, withZoneName, ZONE_FIELDS, zoneFromDraft } from './zone-draft';

interface ZoneFormDialogProps {
  /** The zone to edit; absent to create one. */
  zone?: Zone;
  zones: readonly Zone[];
  onSaved(zone: Zone, mode: 'create' | 'update'): void;
  onClose(): void;
}

export function ZoneFormDialog({ zone, zones, onSaved, onClose }: ZoneFormDialogProps) {
  const { t, i18n } = useTranslation();
  const mode = zone ? 'update' : 'create';
  const { draft, update, errors, failure, busy, submit, formRef } = useEntityForm({
    initial: zone ? draftFromZone(zone) : emptyZoneDraft(),
    entity: 'zone',
    fields: ZONE_FIELDS,
    validate: validateZoneDraft,
    save: (draft) => call(mode === 'create' ? 'createZone' : 'updateZone', { zone: zoneFromDraft(draft) }),
    onSaved: (saved) => onSaved(saved, mode),
  });
  const message = (field: keyof typeof errors) => fieldMessageText(t, errors[field]);
  const benchmarks = zones.filter((other) => other.id !== zone?.id);
  const formId = useId();

  return (
    <Dialog
      title={t(zone ? 'catalog.zones.editTitle' : 'catalog.zones.createTitle')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={busy} aria-busy={busy}>
            {busy ? t('common.saving') : t(zone ? 'common.save' : 'common.create')}
          </button>
        </>
      }
    >
      <form id={formId} ref={formRef} className="form-grid form-grid--two" onSubmit={(event) => void submit(event)} noValidate>
        <Field label={t('catalog.fields.name')} error={message('name')}>
          {(control) => (
            <input {...control} className="input" data-autofocus value={draft.name} onChange={(event) => update(withZoneName(draft, event.target.value))} />
          )}
        </Field>
        <Field label={t('catalog.fields.nameZh')} error={message('nameZh')}>
          {(control) => (
            <input {...control} className="input" lang="zh-CN" value={draft.nameZh} onChange={(event) => update({ ...draft, nameZh: event.target.value })} />
          )}
        </Field>
        <Field label={t('catalog.fields.id')} hint={t('catalog.fields.idHint')} error={message('id')}>
          {(control) => (
            <input
              {...control}
              className="input input--code"
              value={draft.id}
              readOnly={mode === 'update'}
              spellCheck={false}
              autoCapitalize="off"
              onChange={(event) => update({ ...draft, id: event.target.value, idEdited: true })}
            />
          )}
        </Field>
        <Field label={t('catalog.fields.region')} hint={t('catalog.fields.regionHint')} error={message('region')}>
          {(control) => <input {...control} className="input" value={draft.region} onChange={(event) => update({ ...draft, region: event.target.value })} />}
        </Field>
        <Field label={t('catalog.fields.benchmark')} hint={t('catalog.fields.benchmarkHint')} error={message('benchmarkZoneId')} wide>
          {(control) => (
            <select {...control} className="select" value={draft.benchmarkZoneId} onChange={(event) => update({ ...draft, benchmarkZoneId: event.target.value })}>
              <option value="">{t('common.none')}</option>
              {benchmarks.map((other) => (
                <option key={other.id} value={other.id}>
                  {displayName(other, i18n.language)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <FormFailureAlert failure={failure} />
      </form>
    </Dialog>
  );
}
