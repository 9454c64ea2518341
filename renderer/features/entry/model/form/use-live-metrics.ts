import type { MetricsResult } from '../../../../../shared/api';
import type { Basis, Period } from '../../../../../shared/model';
import { useApiValue } from '../../../../data/use-api-value';

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
  const metrics = useApiValue(
    'getMetrics',
    { zoneIds: [zoneId], from: period, to: period, basis },
    { followDataset: false, readAgainOn: revision },
  );
  return metrics.status === 'ready' ? metrics.value : null;
}
