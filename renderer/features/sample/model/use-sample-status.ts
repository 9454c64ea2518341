import type { SampleStatus } from '../../../../shared/api';
import { useApiValue } from '../../../data/use-api-value';

/** Whether the sample data is open or offered; null until known (or where the app cannot switch). */
export function useSampleStatus(): SampleStatus | null {
  return useApiValue('getSampleStatus', {}, { followDataset: false }).value;
}
