import { useId } from 'react';
import { displayName, type Period, type Zone } from '../../../../shared/model';
import type { ExportForm } from '../model/export-form';
import { LabeledSelect } from '../../../components/LabeledSelect';
import { shortPeriodLabel } from '../../../i18n/format';
import { SegmentedChoice, type ChoiceOption } from '../../../components/SegmentedChoice';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';

interface ExportOptionsFormProps {
  form: ExportForm;
  periods: readonly Period[];
  zones: readonly Zone[];
  onChange(patch: Partial<ExportForm>): void;
  problem: 'noZones' | 'thresholdInvalid' | null;
}

/** One of the form's radio-button choices, laid out as a form field. */
function FormChoice<V extends string>(props: {
  legend: string;
  value: V;
  options: readonly ChoiceOption<V>[];
  onChange(value: V): void;
}) {
  return <SegmentedChoice className="export-field" legendClassName="field__label" {...props} />;
}

/** Periods, basis, zones, language and streak threshold, as `zone-stats export` takes them. */
export function ExportOptionsForm({ form, periods, zones, onChange, problem }: ExportOptionsFormProps) {
  const { t } = useTranslation('export');
  const language = useLanguage();
  const thresholdId = useId();
  const latest = periods[0] ?? '';
  return (
    <section className="panel export-options" aria-labelledby="export-options-title">
      <h2 className="panel__title" id="export-options-title">
        {t('options.title')}
      </h2>
      <div className="export-options__grid">
        <div className="export-field">
          <FormChoice
            legend={t('options.periods')}
            value={form.periodMode}
            options={[
              { value: 'all', label: t('options.allPeriods') },
              { value: 'one', label: t('options.onePeriod') },
            ]}
            onChange={(periodMode) => onChange({ periodMode })}
          />
          {form.periodMode === 'one' && periods.length > 0 && (
            <LabeledSelect
              className="field"
              labelClassName="field__label"
              label={t('options.period')}
              value={form.period ?? latest}
              options={periods.map((period) => ({
                value: period,
                label: shortPeriodLabel(period, form.basis === 'ytd' ? 'ytd' : 'month', language),
              }))}
              onChange={(period) => onChange({ period })}
            />
          )}
          <p className="field__hint">
            {periods.length === 0
              ? t('options.noPeriods')
              : form.periodMode === 'all'
                ? t('options.allPeriodsHint', {
                    latest:
                      latest === '' ? '' : shortPeriodLabel(latest, form.basis === 'ytd' ? 'ytd' : 'month', language),
                  })
                : t('options.onePeriodHint')}
          </p>
        </div>

        <FormChoice
          legend={t('options.basis')}
          value={form.basis}
          options={[
            { value: 'both', label: t('options.bothBases') },
            { value: 'ytd', label: t('options.ytd') },
            { value: 'month', label: t('options.month') },
          ]}
          onChange={(basis) => onChange({ basis })}
        />

        <FormChoice
          legend={t('options.language')}
          value={form.language}
          options={[
            { value: 'en', label: t('options.english') },
            { value: 'zh', label: t('options.chinese') },
          ]}
          onChange={(next) => onChange({ language: next })}
        />

        <div className={`field${problem === 'thresholdInvalid' ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={thresholdId}>
            {t('options.threshold')}
          </label>
          <input
            id={thresholdId}
            className="input input--short"
            inputMode="decimal"
            value={form.threshold}
            aria-invalid={problem === 'thresholdInvalid'}
            aria-describedby={`${thresholdId}-hint`}
            onChange={(event) => onChange({ threshold: event.target.value })}
          />
          <p className="field__hint" id={`${thresholdId}-hint`}>
            {problem === 'thresholdInvalid' ? t('options.thresholdInvalid') : t('options.thresholdHint')}
          </p>
        </div>

        <div className="export-field export-field--wide">
          <FormChoice
            legend={t('options.zones')}
            value={form.zoneMode}
            options={[
              { value: 'all', label: t('options.allZones') },
              { value: 'some', label: t('options.someZones') },
            ]}
            onChange={(zoneMode) =>
              onChange(
                zoneMode === 'some' && form.zoneIds.length === 0
                  ? { zoneMode, zoneIds: zones.map((zone) => zone.id) }
                  : { zoneMode },
              )
            }
          />
          {form.zoneMode === 'some' && (
            <fieldset className="export-zones">
              <legend className="visually-hidden">{t('options.zonesLegend')}</legend>
              {zones.map((zone) => (
                <label key={zone.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={form.zoneIds.includes(zone.id)}
                    onChange={(event) =>
                      onChange({
                        zoneIds: event.target.checked
                          ? zones.map((z) => z.id).filter((id) => id === zone.id || form.zoneIds.includes(id))
                          : form.zoneIds.filter((id) => id !== zone.id),
                      })
                    }
                  />
                  <span>{displayName(zone, language)}</span>
                </label>
              ))}
            </fieldset>
          )}
          <p className={problem === 'noZones' ? 'field__error' : 'field__hint'}>
            {problem === 'noZones' ? t('options.noZones') : t('options.zonesHint')}
          </p>
        </div>
      </div>
    </section>
  );
}
