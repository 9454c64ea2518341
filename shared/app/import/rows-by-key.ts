import { BASES, periodIndexOf, type ObservationKey } from '../../model';

/**
 * Values by observation key without a key string per row: by zone and indicator (texts the rows
 * share, whose hashes are kept), then by a number for the period and basis. Rows come grouped by
 * series, so the last series' map is most often the next row's.
 */
export class RowsByKey<T> {
  private readonly series = new Map<string, Map<string, Map<Slot, T>>>();
  private lastZone: string | undefined;
  private lastIndicator: string | undefined;
  private lastSeries: Map<Slot, T> | undefined;

  get(key: ObservationKey): T | undefined {
    return this.seriesOf(key).get(slot(key));
  }

  set(key: ObservationKey, value: T): void {
    this.seriesOf(key).set(slot(key), value);
  }

  private seriesOf({ zoneId, indicatorId }: ObservationKey): Map<Slot, T> {
    if (this.lastSeries && zoneId === this.lastZone && indicatorId === this.lastIndicator) return this.lastSeries;
    let indicators = this.series.get(zoneId);
    if (!indicators) this.series.set(zoneId, (indicators = new Map()));
    let series = indicators.get(indicatorId);
    if (!series) indicators.set(indicatorId, (series = new Map()));
    this.lastZone = zoneId;
    this.lastIndicator = indicatorId;
    this.lastSeries = series;
    return series;
  }
}

/** A period and basis within a series: a number for a `YYYY-MM` period (as checked rows give), else a text. */
type Slot = number | string;

/** `2025-05` and a basis as one small integer: months since year 0, times the bases, plus the basis. */
function slot({ period, basis }: ObservationKey): Slot {
  const index = periodIndexOf(period);
  return index < 0 ? `${period}|${basis}` : index * BASES.length + BASES.indexOf(basis);
}
