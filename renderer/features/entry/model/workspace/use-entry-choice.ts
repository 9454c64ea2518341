import { useCallback, useState } from 'react';
import type { Indicator, Period, Zone } from '../../../../../shared/model';
import { settleChoice, type EntryChoice } from '../entry-choice';

/** A change of the choice, or a function of the current choice (for keys pressed in quick succession). */
export type ChoicePatch = Partial<EntryChoice> | ((current: EntryChoice) => Partial<EntryChoice>);

const STORAGE_KEY = 'zone-stats.entry.choice';

function stored(): unknown {
  try {
    return JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null');
  } catch {
    return null;
  }
}

/** The entry screen's zone, period, basis and view, remembered between visits and restarts. */
export function useEntryChoice(
  zones: readonly Zone[],
  indicators: readonly Indicator[],
  fallbackPeriod: Period,
  latest: Period,
): [EntryChoice, (patch: ChoicePatch) => void] {
  const [choice, setChoice] = useState<EntryChoice>(() =>
    settleChoice(stored(), zones, indicators, fallbackPeriod, latest),
  );
  const settled = settleChoice(choice, zones, indicators, fallbackPeriod, latest);
  const update = useCallback(
    (patch: ChoicePatch) =>
      setChoice((current) => {
        const next = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
        try {
          window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
        } catch {
          // Private storage may be unavailable; the choice then lasts for this visit only.
        }
        return next;
      }),
    [],
  );
  return [settled, update];
}
