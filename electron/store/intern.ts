import type { Observation } from '../../shared/model';

/**
 * JSON.parse makes a new string for every value, so 288,000 observations would hold 288,000
 * copies of the same zone ids, periods, sources and times. Sharing one copy of each takes about
 * a quarter off the memory a loaded dataset holds (227 → 167 MB at 20 zones × 60 indicators × 10 years).
 */
export class StringPool {
  private readonly strings = new Map<string, string>();

  get(text: string): string {
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    this.strings.set(text, text);
    return text;
  }

  /** Swaps the strings of an observation that is not frozen yet for shared copies. */
  observation(observation: Observation): Observation {
    observation.zoneId = this.get(observation.zoneId);
    observation.indicatorId = this.get(observation.indicatorId);
    observation.period = this.get(observation.period);
    observation.source = this.get(observation.source);
    observation.note = this.get(observation.note);
    observation.updatedAt = this.get(observation.updatedAt);
    for (const revision of observation.history) {
      revision.source = this.get(revision.source);
      revision.note = this.get(revision.note);
      revision.replacedAt = this.get(revision.replacedAt);
    }
    return observation;
  }
}
