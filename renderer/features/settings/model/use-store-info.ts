import { useEffect } from 'react';
import type { StoreInfo } from '../../../../shared/api';
import { reportError } from '../../../api';
import { useApiValue } from '../../../data/use-api-value';

export interface StoreInfoState {
  info: StoreInfo | null;
  /** The last read failed (its error went to the notification area); `info` keeps the last one read. */
  failed: boolean;
  reload(): Promise<void>;
  /** Shows the store info a restore answered with. */
  replace(info: StoreInfo): void;
}

/** The store's location, size, backups and notices, read on mount and on demand. */
export function useStoreInfo(): StoreInfoState {
  const loaded = useApiValue('getStoreInfo', {}, { followDataset: false });
  const error = loaded.status === 'failed' ? loaded.error : null;
  useEffect(() => {
    if (error) reportError(error);
  }, [error]);
  return { info: loaded.value, failed: error !== null, reload: loaded.reload, replace: loaded.replace };
}
