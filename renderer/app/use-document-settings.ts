import { useEffect, useLayoutEffect, useState } from 'react';
import type { Language, Theme } from '../../shared/api';
import { LOCALES } from '../i18n';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

/** The theme actually shown: `system` follows the operating system, and keeps following it. */
export function useResolvedTheme(theme: Theme): 'light' | 'dark' {
  const [systemDark, setSystemDark] = useState(systemPrefersDark);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia(DARK_QUERY);
    const onChange = () => setSystemDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  if (theme === 'system') return systemDark ? 'dark' : 'light';
  return theme;
}

/** Puts the theme and language on <html>: CSS variables key off data-theme, fonts off lang. */
export function useDocumentSettings(theme: Theme, language: Language, title: string): void {
  const resolved = useResolvedTheme(theme);
  // Before paint, so a dark window never flashes light.
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = resolved;
    root.style.colorScheme = resolved;
  }, [resolved]);
  useEffect(() => {
    document.documentElement.lang = LOCALES[language];
    document.title = title;
  }, [language, title]);
}
