import type { IndicatorKind } from '../model';
import {
  MARK_NEW,
  MARK_NONE,
  MARK_NOT_MEANINGFUL,
  NO_COUNT,
  SOURCE_COMPUTED,
  SOURCE_NONE,
  SOURCE_REPORTED,
  type Series,
} from './series';

/** How far back `yoy_change_pp` looks for the previous growth figure (1–2月 vs last year's 1–12月). */
const PREVIOUS_GROWTH_WINDOW = 12;

/** `new` when something grew from nothing, `n/m` for any other zero or negative base. */
export function baseMark(base: number, current: number): number {
  return base === 0 && current > 0 ? MARK_NEW : MARK_NOT_MEANINGFUL;
}

/**
 * The growth of a rate (a utilisation rate, a share) is its change in percentage points: 76.9 % →
 * 75.7 % is −1.2 pp, not −1.56 %.
 */
export function growsInPoints(kind: IndicatorKind): boolean {
  return kind === 'rate';
}

/**
 * yoy_pct (published wins), yoy_source, prior_value (entered t−12, else implied by the growth) and
 * yoy_change_pp (against the latest earlier growth within 12 months), for one series. For a rate
 * the growth is `v(t) − v(t−12)` in pp and the implied prior `v(t) − g`.
 */
export function computeGrowth(series: Series, kind: IndicatorKind): void {
  const points = growsInPoints(kind);
  const { has, value, reported, yoy, yoySource, yoyMark, prior, change, changeFrom } = series;
  for (let t = 0; t < has.length; t++) {
    yoy[t] = NaN;
    yoySource[t] = SOURCE_NONE;
    yoyMark[t] = MARK_NONE;
    prior[t] = NaN;
    change[t] = NaN;
    changeFrom[t] = NO_COUNT;
    if (!has[t]) continue;

    const current = value[t]!;
    const past = t >= 12 && has[t - 12] ? value[t - 12]! : NaN;
    const published = reported[t]!;
    if (!Number.isNaN(published)) {
      yoy[t] = published;
      yoySource[t] = SOURCE_REPORTED;
    } else if (!Number.isNaN(current) && !Number.isNaN(past)) {
      if (points) {
        yoy[t] = current - past;
        yoySource[t] = SOURCE_COMPUTED;
      } else if (past > 0) {
        yoy[t] = (current / past - 1) * 100;
        yoySource[t] = SOURCE_COMPUTED;
      } else {
        yoyMark[t] = baseMark(past, current);
      }
    }

    const growth = yoy[t]!;
    if (!Number.isNaN(past)) prior[t] = past;
    else if (points) prior[t] = current - growth;
    else if (!Number.isNaN(current) && growth > -100) prior[t] = current / (1 + growth / 100);

    if (Number.isNaN(growth)) continue;
    for (let p = t - 1; p >= 0 && p >= t - PREVIOUS_GROWTH_WINDOW; p--) {
      if (Number.isNaN(yoy[p]!)) continue;
      change[t] = growth - yoy[p]!;
      changeFrom[t] = p;
      break;
    }
  }
}
