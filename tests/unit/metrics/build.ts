import type { Basis, Catalog, Indicator, IndicatorKind, Zone } from '../../../shared/model';
import { createMetricsEngine, type MetricInput, type MetricRow, type MetricsEngine } from '../../../shared/metrics';

/** Small catalogs and datasets for metric tests. */
export function zone(
  id: string,
  benchmarkZoneId: string | null = null,
  names: Partial<Pick<Zone, 'name' | 'nameZh'>> = {},
): Zone {
  return { id, name: names.name ?? `Zone ${id}`, nameZh: names.nameZh ?? `${id}区`, region: '', benchmarkZoneId };
}

export function indicator(
  id: string,
  options: { parentId?: string | null; kind?: IndicatorKind; unit?: string; name?: string; nameZh?: string } = {},
): Indicator {
  return {
    id,
    name: options.name ?? `Indicator ${id}`,
    nameZh: options.nameZh ?? `指标${id}`,
    unit: options.unit ?? '10k CNY',
    kind: options.kind ?? 'flow',
    parentId: options.parentId ?? null,
    required: false,
    plausibleYoyMin: null,
    plausibleYoyMax: null,
  };
}

export function input(
  zoneId: string,
  indicatorId: string,
  period: string,
  basis: Basis,
  value: number | null,
  yoyPct: number | null = null,
): MetricInput {
  return { zoneId, indicatorId, period, basis, value, yoyPct };
}

export function engineOf(catalog: Catalog, inputs: MetricInput[], threshold?: number): MetricsEngine {
  return createMetricsEngine(catalog, inputs, threshold === undefined ? {} : { threshold });
}

export function rowOf(
  engine: MetricsEngine,
  zoneId: string,
  indicatorId: string,
  period: string,
  basis: Basis,
): MetricRow {
  const row = engine.row({ zoneId, indicatorId, period, basis });
  if (!row) throw new Error(`no row ${zoneId} ${indicatorId} ${period} ${basis}`);
  return row;
}

/** One zone, one flow indicator: the commonest test dataset. */
export const SINGLE: Catalog = { zones: [zone('z')], indicators: [indicator('v')] };
