import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { DEFAULT_PREFERENCES, languageFromLocale, type Preferences } from '../shared/api';
import { call } from './api';
import { Root } from './app/Root';
import { createI18n } from './i18n';
import './styles/index.css';

/** The stored preferences decide the first paint's language and theme; defaults in the system's language if unreadable. */
async function start(): Promise<void> {
  const stored = await call('getPreferences', {});
  const preferences: Preferences = stored.ok
    ? stored.value
    : { ...DEFAULT_PREFERENCES, language: languageFromLocale(navigator.language) };
  const i18n = await createI18n(preferences.language);
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <Root preferences={preferences} />
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
