import { useCallback, useSyncExternalStore } from 'react';
import { SCREENS, type Screen } from '../../shared/api';

export const DEFAULT_SCREEN: Screen = 'entry';

/** The screen named by the location hash (`#/zones`): it survives a reload, and works from file://. */
export function screenFromHash(hash: string): Screen {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return (SCREENS as readonly string[]).includes(name) ? (name as Screen) : DEFAULT_SCREEN;
}

export function hashOf(screen: Screen): string {
  return `#/${screen}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useScreen(): [Screen, (screen: Screen) => void] {
  const screen = useSyncExternalStore(subscribe, () => screenFromHash(window.location.hash));
  const navigate = useCallback((next: Screen) => {
    window.location.hash = hashOf(next);
  }, []);
  return [screen, navigate];
}
