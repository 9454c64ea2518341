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

/** Whether the screen on view may be left now (false: it said why and keeps the view). */
type LeaveGuard = () => boolean;
let leaveGuard: LeaveGuard | null = null;

/** A screen holding what leaving would lose registers here; the returned function removes it. */
export function setLeaveGuard(guard: LeaveGuard): () => void {
  leaveGuard = guard;
  return () => {
    if (leaveGuard === guard) leaveGuard = null;
  };
}

export function mayLeave(): boolean {
  return leaveGuard?.() ?? true;
}

export function useScreen(): [Screen, (screen: Screen) => void] {
  const screen = useSyncExternalStore(subscribe, () => screenFromHash(window.location.hash));
  const navigate = useCallback((next: Screen) => {
    if (!mayLeave()) return;
    window.location.hash = hashOf(next);
  }, []);
  return [screen, navigate];
}
