import { useEffect, useState } from 'react';
import type { MetricsResult } from '../../../../../shared/api';
import type { Basis, Period } from '../../../../../shared/model';
import { call } from '../../../../api';

export interface LiveMetricsRequest {
  zoneId: string;
  period: Period;
  basis: Basis;
  /** Changes whenever the saved figures may have changed, so the figures are computed again. */
  revision: number | string;
}

/**
 * The computed figures beside each entry (computed YoY, prior-year value, contribution, gap), read
 * from the metrics engine for the zone-month after each save has landed.
 */
export function useLiveMetrics({ zoneId, period, basis, revision }: LiveMetricsRequest): MetricsResult | null {
  const [result, setResult] = useState<{ request: string; metrics: MetricsResult } | null>(null);
  const request = `${zoneId}|${period}|${basis}`;
  useEffect(() => {
    let current = true;
    void call('getMetrics', { zoneIds: [zoneId], from: period, to: period, basis }).then((answer) => {
      if (current && answer.ok) setResult({ request, metrics: answer.value });
    });
    return () => {
      current = false;
    };
  }, [zoneId, period, basis, request, revision]);
  return result?.request === request ? result.metrics : null;
}
