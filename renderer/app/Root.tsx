import type { Preferences } from '../../shared/api';
import { App } from './App';
import { CatalogProvider } from './catalog';
import { NotificationsProvider } from './notifications';
import { PreferencesProvider } from './preferences';

/** The app with every provider it needs; component tests render this too. */
export function Root({ preferences }: { preferences: Preferences }) {
  return (
    <PreferencesProvider initial={preferences}>
      <NotificationsProvider>
        <CatalogProvider>
          <App />
        </CatalogProvider>
      </NotificationsProvider>
    </PreferencesProvider>
  );
}
