import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Zone } from '../../../../shared/model';
import { call } from '../../../api';
import { Field } from '../../../components/Field';
import { CatalogFormDialog } from './CatalogFormDialog';
import { displayName } from '../../../../shared/model';
import { fieldMessageText } from '../model/field-message-text';
import { NameFields } from './NameFields';
import { AliasesField } from './AliasesField';
import { useEntityForm } from '../model/use-entity-form';
import { draftFromZone, emptyZoneDraft, validateZoneDraft, ZONE_FIELDS, zoneFromDraft } from '../model/zone-draft';

const NEW_BENCHMARK = '\u0000new';

interface ZoneFormDialogProps {
  /** The zone to edit; absent to create one. */
  zone?: Zone;
  /** The title, for a zone created as another one's benchmark. */
  title?: string;
  /** A benchmark zone may be created from this dialog (not from the one that creates a benchmark). */
  benchmarkCreatable?: boolean;
  zones: readonly Zone[];
  onSaved(zone: Zone, mode: 'create' | 'update'): void;
  onClose(): void;
}

export function ZoneFormDialog({
  zone,
  title,
  benchmarkCreatable = true,
  zones,
  onSaved,
  onClose,
}: ZoneFormDialogProps) {
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
  const [creatingBenchmark, setCreatingBenchmark] = useState(false);
  /** Zones created from this dialog, until the screen reloads the catalog. */
  const [created, setCreated] = useState<Zone[]>([]);
  const benchmarks = [...zones, ...created].filter((other) => other.id !== zone?.id);

  return (
    <>
      <CatalogFormDialog
        title={title ?? t(zone ? 'catalog.zones.editTitle' : 'catalog.zones.createTitle')}
        creating={mode === 'create'}
        form={form}
        onClose={onClose}
      >
        <NameFields draft={draft} update={update} message={message} idReadOnly={mode === 'update'} />
        <AliasesField draft={draft} update={update} />
        <Field label={t('catalog.fields.region')} hint={t('catalog.fields.regionHint')} error={message('region')}>
          {(control) => (
            <input
              {...control}
              className="input"
              value={draft.region}
              onChange={(event) => update({ ...draft, region: event.target.value })}
            />
          )}
        </Field>
        <Field
          label={t('catalog.fields.benchmark')}
          hint={t('catalog.fields.benchmarkHint')}
          error={message('benchmarkZoneId')}
          wide
        >
          {(control) => (
            <select
              {...control}
              className="select"
              value={draft.benchmarkZoneId}
              onChange={(event) =>
                event.target.value === NEW_BENCHMARK
                  ? setCreatingBenchmark(true)
                  : update({ ...draft, benchmarkZoneId: event.target.value })
              }
            >
              <option value="">{t('common.none')}</option>
              {benchmarks.map((other) => (
                <option key={other.id} value={other.id}>
                  {displayName(other, i18n.language)}
                </option>
              ))}
              {benchmarkCreatable && <option value={NEW_BENCHMARK}>{t('catalog.newBenchmark')}</option>}
            </select>
          )}
        </Field>
      </CatalogFormDialog>
      {creatingBenchmark && (
        <ZoneFormDialog
          title={t('catalog.newBenchmarkTitle')}
          benchmarkCreatable={false}
          zones={benchmarks}
          onClose={() => setCreatingBenchmark(false)}
          onSaved={(benchmark) => {
            setCreated((list) => [...list, benchmark]);
            update({ ...draft, benchmarkZoneId: benchmark.id });
            setCreatingBenchmark(false);
          }}
        />
      )}
    </>
  );
}
