import type { Basis } from '../../../../../shared/model';
import { useCatalog } from '../../../../app/catalog';
import { Field } from '../../../../components/Field';
import { MonthSelect } from '../../../../components/MonthSelect';
import { nameOf } from '../../../../i18n/names';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../../i18n/use-language';
import type { OptionsStepProps } from './options-step-props';

/** For a bureau table: the zone, the month and the basis the sheet does not say, from the catalog. */
export function GivenFields({ preview, options, onChange }: OptionsStepProps) {
  const { t } = useTranslation('import');
  const language = useLanguage();
  const { zones } = useCatalog();
  const zoneId = options.zoneId ?? preview.given.zoneId ?? '';
  const period = options.period ?? preview.given.period ?? '';
  const basis = options.basis ?? '';
  return (
    <fieldset className="import-given">
      <legend className="panel__title">{t('source.givenTitle')}</legend>
      <p className="panel__description">{t('source.givenHint')}</p>
      <div className="import-given__fields">
        <Field label={t('source.zone')}>
          {(control) => (
            <select
              {...control}
              className="select"
              value={zoneId}
              onChange={(event) => onChange({ zoneId: event.target.value || undefined })}
            >
              <option value="">{t('source.choose')}</option>
              {zones.map((zone) => (
                <option key={zone.id} value={zone.id}>
                  {nameOf(zones, zone.id, language)}
                </option>
              ))}
              {zoneId && !zones.some((zone) => zone.id === zoneId) && <option value={zoneId}>{zoneId}</option>}
            </select>
          )}
        </Field>
        <Field label={t('source.period')}>
          {(control) => (
            <MonthSelect
              {...control}
              className="select"
              value={period}
              language={language}
              emptyLabel={t('source.choose')}
              onChange={(chosen) => onChange({ period: chosen })}
            />
          )}
        </Field>
        <Field label={t('source.basis')}>
          {(control) => (
            <select
              {...control}
              className="select"
              value={basis}
              onChange={(event) => onChange({ basis: (event.target.value || undefined) as Basis | undefined })}
            >
              <option value="">{t('source.basisAuto')}</option>
              <option value="month">{t('source.bases.month')}</option>
              <option value="ytd">{t('source.bases.ytd')}</option>
            </select>
          )}
        </Field>
      </div>
    </fieldset>
  );
}
