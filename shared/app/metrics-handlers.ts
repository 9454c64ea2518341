import { fail, ok, type AppHandlers } from '../api';
import { writeBulletin, type MetricsEngine } from '../metrics';
import type { MetricsCache } from './metrics-cache';
import type { AppPorts } from './ports';

type MetricsHandlers = Pick<AppHandlers, 'getMetrics' | 'getBulletin'>;

export function createMetricsHandlers({ preferences }: AppPorts, cache: MetricsCache): MetricsHandlers {
  function engineFor(threshold: number | undefined): Promise<MetricsEngine> {
    return cache.engine(threshold ?? preferences.get().streakThreshold);
  }

  return {
    getMetrics: async ({ threshold, ...selection }) => {
      const engine = await engineFor(threshold);
      return ok({
        rows: engine.rows(selection),
        warnings: engine.warnings(selection),
        marks: engine.marks(selection),
        threshold: engine.threshold,
      });
    },

    getBulletin: async ({ zoneId, period, basis, language, threshold, headlineIndicatorId }) => {
      const engine = await engineFor(threshold);
      const catalog = engine.catalog;
      if (!catalog.zones.some((zone) => zone.id === zoneId)) return fail('not_found', `no zone with id "${zoneId}"`);
      if (
        headlineIndicatorId !== undefined &&
        !catalog.indicators.some((indicator) => indicator.id === headlineIndicatorId)
      ) {
        return fail('not_found', `no indicator with id "${headlineIndicatorId}"`);
      }
      const bulletin = writeBulletin(engine, {
        zoneId,
        period,
        basis,
        language: language ?? preferences.get().language,
        ...(headlineIndicatorId === undefined ? {} : { headlineIndicatorId }),
      });
      return bulletin ? ok(bulletin) : fail('not_found', `no zone with id "${zoneId}"`);
    },
  };
}
