import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { AppError } from '../../shared/api';
import type { Indicator, Zone } from '../../shared/model';
import { useApiValue } from '../data/use-api-value';

export type CatalogStatus = 'loading' | 'ready' | 'failed';

interface CatalogContextValue {
  zones: Zone[];
  indicators: Indicator[];
  status: CatalogStatus;
  error: AppError | null;
  /** Reads zones and indicators again (after a change, or when something else changed them). */
  reload(): Promise<void>;
}

const CatalogContext = createContext<CatalogContextValue | null>(null);
const NONE: never[] = [];

/** Zones and indicators, which nearly every screen needs, loaded once and shared. */
export function CatalogProvider({ children }: { children: ReactNode }) {
  // Read again only when asked: a screen that changed the catalog, or restored a backup, reloads it.
  const zones = useApiValue('listZones', {}, { followDataset: false });
  const indicators = useApiValue('listIndicators', {}, { followDataset: false });
  const { reload: reloadZones } = zones;
  const { reload: reloadIndicators } = indicators;

  const reload = useCallback(async () => {
    await Promise.all([reloadZones(), reloadIndicators()]);
  }, [reloadZones, reloadIndicators]);

  const error = zones.status === 'failed' ? zones.error : indicators.status === 'failed' ? indicators.error : null;
  const status: CatalogStatus = error
    ? 'failed'
    : zones.status === 'ready' && indicators.status === 'ready'
      ? 'ready'
      : 'loading';
  const zoneList = zones.value ?? NONE;
  const indicatorList = indicators.value ?? NONE;
  const value = useMemo(
    () => ({ zones: zoneList, indicators: indicatorList, status, error, reload }),
    [zoneList, indicatorList, status, error, reload],
  );
  return <CatalogContext value={value}>{children}</CatalogContext>;
}

export function useCatalog(): CatalogContextValue {
  const value = useContext(CatalogContext);
  if (!value) throw new Error('useCatalog is used outside CatalogProvider');
  return value;
}
