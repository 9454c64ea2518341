/** A clock turning back: the versions an observation had. */
export function HistoryIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        d="M3.5 12a8.5 8.5 0 1 0 2.6-6.1 M3.5 4v4.5H8 M12 7.5V12l3 2"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
