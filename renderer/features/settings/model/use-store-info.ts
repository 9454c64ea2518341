import { useCallback, useEffect, useState } from 'react';
import type { StoreInfo } from '../../../../shared/api';
import { call, reportError } from '../../../api';

/** The store's location, size, backups and notices, read on mount and on demand. */
export function useStoreInfo() {
  const [info, setInfo] = useState<StoreInfo | null>(null);
  const [failed, setFailed] = useState(false);

  const reload = useCallback(async () => {
    const result = await call('getStoreInfo', {});
    if (result.ok) {
      setInfo(result.value);
      setFailed(false);
    } else {
      reportError(result.error);
      setFailed(true);
    }
  }, []);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- loading on mount; state lands when the call returns
    void reload();
  }, [reload]);

  return { info, failed, reload, setInfo };
}
