import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SampleBanner } from '../features/sample/components/SampleBanner';
import { StoreNoticeBanner } from '../features/settings/components/StoreNoticeBanner';
import { AppHeader } from './AppHeader';
import { usePreferences } from './preferences';
import { useScreen } from './routes';
import { ScreenView } from './ScreenView';
import { Sidebar } from './Sidebar';
import { useSidebarState } from './sidebar-state';
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
  const sidebar = useSidebarState();

  return (
    <div className="app">
      <AppHeader onSkipToContent={() => main.current?.focus()} />
      <div className={`app__body${sidebar.collapsed ? ' app__body--collapsed' : ''}`} data-sidebar={sidebar.state}>
        <Sidebar current={screen} collapsed={sidebar.collapsed} onToggle={sidebar.toggle} />
        <main className="app__main" ref={main} tabIndex={-1} data-screen={screen}>
          <StoreNoticeBanner />
          <SampleBanner />
          <ScreenView key={screen} screen={screen} />
        </main>
      </div>
    </div>
  );
}
