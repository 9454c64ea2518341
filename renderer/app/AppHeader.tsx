import { useTranslation } from 'react-i18next';
import { PreferenceSelect } from './PreferenceSelect';

/** The app's name, and the two settings people change most: language and theme. */
export function AppHeader({ onSkipToContent }: { onSkipToContent(): void }) {
  const { t } = useTranslation();
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
          <PreferenceSelect preference="language" className="select select--compact" />
        </label>
        <label className="header-control">
          <span className="header-control__label">{t('header.theme')}</span>
          <PreferenceSelect preference="theme" className="select select--compact" />
        </label>
      </div>
    </header>
  );
}
