import { useCallback, useEffect, useState } from 'react';

/** `auto` follows the window (icons only under NARROW_WINDOW); the toggle chooses one for good. */
export type SidebarState = 'auto' | 'collapsed' | 'expanded';

const STORAGE_KEY = 'zone-stats.sidebar';
/** Keep in step with the media query in styles/layout.css. */
export const NARROW_WINDOW = '(max-width: 900px)';

function stored(): SidebarState {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'collapsed' || value === 'expanded' ? value : 'auto';
  } catch {
    return 'auto';
  }
}

function isNarrow(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(NARROW_WINDOW).matches;
}

/** Whether the sidebar shows icons only, and the toggle that flips it and remembers the choice. */
export function useSidebarState(): { state: SidebarState; collapsed: boolean; toggle(): void } {
  const [state, setState] = useState<SidebarState>(stored);
  const [narrow, setNarrow] = useState(isNarrow);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia(NARROW_WINDOW);
    const update = () => setNarrow(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  const collapsed = state === 'collapsed' || (state === 'auto' && narrow);
  const toggle = useCallback(() => {
    const next = collapsed ? 'expanded' : 'collapsed';
    setState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered (storage unavailable); the choice still holds for this session.
    }
  }, [collapsed]);
  return { state, collapsed, toggle };
}
