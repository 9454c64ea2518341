import type { ReactNode } from 'react';
import type { Preferences } from '../../shared/api';
import { App } from './App';
import { CatalogProvider } from './catalog';
import { NotificationsProvider } from './notifications';
import { PreferencesProvider } from './preferences';

/** What every screen relies on: preferences, notifications and the catalog. */
export function AppProviders({ preferences, children }: { preferences: Preferences; children: ReactNode }) {
  return (
    <PreferencesProvider initial={preferences}>
      <NotificationsProvider>
        <CatalogProvider>{children}</CatalogProvider>
      </NotificationsProvider>
    </PreferencesProvider>
  );
}

/** The whole app; component tests render this too. */
export function Root({ preferences }: { preferences: Preferences }) {
  return (
    <AppProviders preferences={preferences}>
      <App />
    </AppProviders>
  );
}
