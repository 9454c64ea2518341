import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AppError } from '../../shared/api';
import type { Indicator, Zone } from '../../shared/model';
import { call } from '../api';

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

/** Zones and indicators, which nearly every screen needs, loaded once and shared. */
export function CatalogProvider({ children }: { children: ReactNode }) {
  const [zones, setZones] = useState<Zone[]>([]);
  const [indicators, setIndicators] = useState<Indicator[]>([]);
  const [status, setStatus] = useState<CatalogStatus>('loading');
  const [error, setError] = useState<AppError | null>(null);

  const reload = useCallback(async () => {
    const [zoneList, indicatorList] = await Promise.all([call('listZones', {}), call('listIndicators', {})]);
    if (zoneList.ok && indicatorList.ok) {
      setZones(zoneList.value);
      setIndicators(indicatorList.value);
      setError(null);
      setStatus('ready');
      return;
    }
    setError(!zoneList.ok ? zoneList.error : !indicatorList.ok ? indicatorList.error : null);
    setStatus('failed');
  }, []);

  useEffect(() => {
    // Loading on mount is the point of this provider; the state lands when the calls return.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void reload();
  }, [reload]);

  const value = useMemo(
    () => ({ zones, indicators, status, error, reload }),
    [zones, indicators, status, error, reload],
  );
  return <CatalogContext value={value}>{children}</CatalogContext>;
}

export function useCatalog(): CatalogContextValue {
  const value = useContext(CatalogContext);
  if (!value) throw new Error('useCatalog is used outside CatalogProvider');
  return value;
}
