import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { THEMES } from '../../../../shared/api';
import { PreferenceSelect } from '../../../app/PreferenceSelect';
import { usePreferences } from '../../../app/preferences';
import { Field } from '../../../components/Field';
import { NumberPreference } from './NumberPreference';

export function PreferencesSection() {
  const { t } = useTranslation();
  const { preferences, update } = usePreferences();
  const headingId = useId();
  const themeHintId = useId();

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        {t('settings.preferences.title')}
      </h2>
      <div className="form-grid">
        <Field label={t('settings.preferences.language')}>
          {(control) => <PreferenceSelect {...control} preference="language" className="select" />}
        </Field>
        <fieldset className="field segmented-field" aria-describedby={themeHintId}>
          <legend className="field__label">{t('settings.preferences.theme')}</legend>
          <div className="segmented">
            {THEMES.map((theme) => (
              <label key={theme} className="segmented__option">
                <input
                  type="radio"
                  name="theme"
                  value={theme}
                  checked={preferences.theme === theme}
                  onChange={() => void update({ theme })}
                />
                <span>{t(`themes.${theme}`)}</span>
              </label>
            ))}
          </div>
          <p id={themeHintId} className="field__hint">
            {t('settings.preferences.themeHint')}
          </p>
        </fieldset>
        <NumberPreference
          label={t('settings.preferences.streakThreshold')}
          hint={t('settings.preferences.streakThresholdHint')}
          value={preferences.streakThreshold}
          min={-100}
          max={1000}
          onSave={(streakThreshold) => update({ streakThreshold })}
        />
        <NumberPreference
          label={t('settings.preferences.importSizeLimit')}
          hint={t('settings.preferences.importSizeLimitHint')}
          value={preferences.importSizeLimitMb}
          min={1}
          max={2000}
          wholeNumber
          onSave={(importSizeLimitMb) => update({ importSizeLimitMb })}
        />
      </div>
    </section>
  );
}
