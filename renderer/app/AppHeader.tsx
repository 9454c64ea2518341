import { useTranslation } from 'react-i18next';
import { LANGUAGES, THEMES, type Language, type Theme } from '../../shared/api';
import { usePreferences } from './preferences';

/** The app's name, and the two settings people change most: language and theme. */
export function AppHeader({ onSkipToContent }: { onSkipToContent(): void }) {
  const { t } = useTranslation();
  const { preferences, update } = usePreferences();
  return (
    <header className="app-header">
      <button type="button" className="skip-link" onClick={onSkipToContent}>
        {t('app.skipToContent')}
      </button>
      <div className="app-header__brand">
        <span className="app-header__mark" aria-hidden="true">
          ZS
        </span>
        <span className="app-header__name">{t('app.name')}</span>
        <span className="app-header__tagline">{t('app.tagline')}</span>
      </div>
      <div className="app-header__controls">
        <label className="header-control">
          <span className="header-control__label">{t('header.language')}</span>
          <select
            className="select select--compact"
            value={preferences.language}
            onChange={(event) => void update({ language: event.target.value as Language })}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(`languages.${language}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="header-control">
          <span className="header-control__label">{t('header.theme')}</span>
          <select
            className="select select--compact"
            value={preferences.theme}
            onChange={(event) => void update({ theme: event.target.value as Theme })}
          >
            {THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {t(`themes.${theme}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
