import { useEffect, useState } from 'react';
import type { SampleStatus } from '../../../../shared/api';
import { call } from '../../../api';

/** Whether the sample data is open or offered; null until known (or where the app cannot switch). */
export function useSampleStatus(): SampleStatus | null {
  const [status, setStatus] = useState<SampleStatus | null>(null);
  useEffect(() => {
    let live = true;
    void call('getSampleStatus', {}).then((result) => {
      if (live && result.ok) setStatus(result.value);
    });
    return () => {
      live = false;
    };
  }, []);
  return status;
}
