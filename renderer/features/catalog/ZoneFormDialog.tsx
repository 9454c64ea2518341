import { useTranslation } from 'react-i18next';
import type { Zone } from '../../../shared/model';
import { call } from '../../api';
import { Field } from '../../components/Field';
import { CatalogFormDialog } from './CatalogFormDialog';
import { displayName } from '../../../shared/model';
import { fieldMessageText } from './field-message-text';
import { NameFields } from './NameFields';
import { AliasesField } from './AliasesField';
import { useEntityForm } from './use-entity-form';
import { draftFromZone, emptyZoneDraft, validateZoneDraft, ZONE_FIELDS, zoneFromDraft } from './zone-draft';

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
  const form = useEntityForm({
    initial: zone ? draftFromZone(zone) : emptyZoneDraft(),
    entity: 'zone',
    fields: ZONE_FIELDS,
    validate: validateZoneDraft,
    save: (draft) => call(mode === 'create' ? 'createZone' : 'updateZone', { zone: zoneFromDraft(draft) }),
    onSaved: (saved) => onSaved(saved, mode),
  });
  const { draft, update, errors } = form;
  const message = (field: keyof typeof errors) => fieldMessageText(t, errors[field]);
  const benchmarks = zones.filter((other) => other.id !== zone?.id);

  return (
    <CatalogFormDialog title={t(zone ? 'catalog.zones.editTitle' : 'catalog.zones.createTitle')} creating={mode === 'create'} form={form} onClose={onClose}>
      <NameFields draft={draft} update={update} message={message} idReadOnly={mode === 'update'} />
      <AliasesField draft={draft} update={update} />
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
    </CatalogFormDialog>
  );
}
