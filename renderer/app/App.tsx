import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { StoreNoticeBanner } from '../features/settings/StoreNoticeBanner';
import { AppHeader } from './AppHeader';
import { usePreferences } from './preferences';
import { useScreen } from './routes';
import { ScreenView } from './ScreenView';
import { Sidebar } from './Sidebar';
import { useDocumentSettings } from './use-document-settings';
import { useMenuCommands } from './use-menu-commands';

/** The window: header, navigation on the left, the current screen on the right. */
export function App() {
  const { t } = useTranslation();
  const { preferences } = usePreferences();
  const [screen, navigate] = useScreen();
  const main = useRef<HTMLElement>(null);
  useDocumentSettings(preferences.theme, preferences.language, t('app.name'));
  useMenuCommands(navigate);

  return (
    <div className="app">
      <AppHeader onSkipToContent={() => main.current?.focus()} />
      <div className="app__body">
        <Sidebar current={screen} />
        <main className="app__main" ref={main} tabIndex={-1} data-screen={screen}>
          <StoreNoticeBanner />
          <ScreenView key={screen} screen={screen} />
        </main>
      </div>
    </div>
  );
}
