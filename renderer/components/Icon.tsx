import type { Screen } from '../../shared/api';

/** Line drawings on a 24-unit grid, stroked with the text colour. */
const PATHS: Record<Screen, string> = {
  entry: 'M4 4h16v16H4z M4 9.5h16 M4 15h16 M10 4v16',
  compare: 'M5 20V11 M10 20V5 M15 20v-7 M20 20V8 M3 20h18',
  import: 'M12 3v11 M7.5 9.5 12 14l4.5-4.5 M4 15v5h16v-5',
  brief: 'M6 3h9l4 4v14H6z M9 10h7 M9 14h7 M9 18h4',
  export: 'M12 14V3 M7.5 7.5 12 3l4.5 4.5 M4 15v5h16v-5',
  zones: 'M12 21s-6.5-6-6.5-11a6.5 6.5 0 0 1 13 0c0 5-6.5 11-6.5 11z M12 12.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z',
  settings: 'M4 6h10 M18 6h2 M4 12h3 M11 12h9 M4 18h12 M20 18h0 M14 4v4 M7 10v4 M16 16v4',
};

export function ScreenIcon({ screen }: { screen: Screen }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        d={PATHS[screen]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.75"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
