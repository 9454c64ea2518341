import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Preferences } from '../../shared/api';
import { call, reportError } from '../api';

interface PreferencesContextValue {
  preferences: Preferences;
  /** Saves a change and applies it at once; resolves false when the store refused it. */
  update(patch: Partial<Preferences>): Promise<boolean>;
}

const PreferencesContext = createContext<PreferencesContextValue | null>(null);

/** Holds the stored preferences; language changes go to i18next as well, so the UI follows. */
export function PreferencesProvider({ initial, children }: { initial: Preferences; children: ReactNode }) {
  const [preferences, setPreferences] = useState(initial);
  const { i18n } = useTranslation();

  const update = useCallback(
    async (patch: Partial<Preferences>) => {
      setPreferences((current) => ({ ...current, ...patch }));
      if (patch.language) await i18n.changeLanguage(patch.language);
      const saved = await call('setPreferences', { patch });
      if (!saved.ok) {
        reportError(saved.error);
        return false;
      }
      setPreferences(saved.value);
      return true;
    },
    [i18n],
  );

  const value = useMemo(() => ({ preferences, update }), [preferences, update]);
  return <PreferencesContext value={value}>{children}</PreferencesContext>;
}

export function usePreferences(): PreferencesContextValue {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences is used outside PreferencesProvider');
  return value;
}
