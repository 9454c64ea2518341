import type { Basis, Period } from '../../model';
import type { Language } from '../../model';
import type { MetricsEngine } from '../engine';
import { chineseBulletin } from './chinese';
import { englishBulletin } from './english';
import { gatherBulletinFacts, type BulletinRequest } from './facts';

export type { BulletinFacts, BulletinRequest, ComponentFacts, HeadlineFacts, IndicatorFacts } from './facts';
export { gatherBulletinFacts } from './facts';

export interface Bulletin {
  zoneId: string;
  period: Period;
  basis: Basis;
  language: Language;
  /** The indicator the headline speaks of, null when the zone has no top-level figure then. */
  headlineIndicatorId: string | null;
  /** One sentence per line. Empty when the zone has no figures for the period. */
  lines: string[];
}

/** The brief an analyst would write for a zone and period, from the engine's metrics alone; null for an unknown zone. */
export function writeBulletin(
  engine: MetricsEngine,
  request: BulletinRequest & { language: Language },
): Bulletin | null {
  const facts = gatherBulletinFacts(engine, request, engine.threshold);
  if (!facts) return null;
  return {
    zoneId: request.zoneId,
    period: request.period,
    basis: request.basis,
    language: request.language,
    headlineIndicatorId: facts.headline?.id ?? null,
    lines: request.language === 'zh' ? chineseBulletin(facts) : englishBulletin(facts),
  };
}
