import type { BriefCreate, BriefMatch, UnresolvedPhrase } from '../../api/brief';
import type { ImportProblem } from '../../api/import';
import type { CheckedStatement } from '../../brief';
import { observationKey, withAlias, type Catalog, type Indicator, type Observation, type Zone } from '../../model';
import { hasChinese, newId } from '../import/catalog-index';
import type { PlannedObservation } from '../import/drafts';
import type { ImportPlan } from '../import/plan';

/** Where a statement sits, as an import names a row: the characters of the brief it was read from. */
export function statementPlace(statement: CheckedStatement): string {
  return `brief ${statement.span[0] + 1}–${statement.span[1]}`;
}

/** The catalog with the user's matches as aliases: what the brief is resolved against, and what a commit keeps. */
export function catalogWithMatches(catalog: Catalog, matches: readonly BriefMatch[]): Catalog {
  if (matches.length === 0) return catalog;
  const add = <T extends Catalog['zones'][number] | Catalog['indicators'][number]>(
    entry: T,
    kind: BriefMatch['kind'],
  ): T => {
    let aliases = entry.aliases;
    for (const match of matches)
      if (match.kind === kind && match.id === entry.id) aliases = withAlias({ ...entry, aliases }, match.phrase);
    return aliases === entry.aliases ? entry : { ...entry, aliases };
  };
  return {
    zones: catalog.zones.map((zone) => add(zone, 'zone')),
    indicators: catalog.indicators.map((indicator) => add(indicator, 'indicator')),
  };
}

/** The entries the user chose to create, named as the brief writes them (Chinese or English name); a level's unit from the brief. */
export function entriesToCreate(
  catalog: Catalog,
  creates: readonly BriefCreate[],
  units: ReadonlyMap<string, string>,
): { zones: Zone[]; indicators: Indicator[] } {
  const taken = new Set([
    ...catalog.zones.map((zone) => zone.id),
    ...catalog.indicators.map((indicator) => indicator.id),
  ]);
  const named = (phrase: string) => (hasChinese(phrase) ? { name: '', nameZh: phrase } : { name: phrase, nameZh: '' });
  const zones: Zone[] = [];
  const indicators: Indicator[] = [];
  for (const { kind, phrase } of creates) {
    const id = newId(kind, phrase, (candidate) => taken.has(candidate));
    taken.add(id);
    if (kind === 'zone') zones.push({ id, ...named(phrase), region: '', benchmarkZoneId: null });
    else
      indicators.push({
        id,
        ...named(phrase),
        unit: units.get(phrase) ?? '',
        kind: 'flow',
        parentId: null,
        required: false,
        plausibleYoyMin: null,
        plausibleYoyMax: null,
      });
  }
  return { zones, indicators };
}

/** Phrases no entry answers to, each once. */
export function unresolvedPhrases(statements: readonly CheckedStatement[]): UnresolvedPhrase[] {
  const seen = new Map<string, UnresolvedPhrase>();
  const note = (kind: UnresolvedPhrase['kind'], phrase: string | null) => {
    if (phrase !== null && phrase !== '') seen.set(`${kind}\u0000${phrase}`, { kind, phrase });
  };
  for (const statement of statements) {
    if (statement.zoneId === null) note('zone', statement.zone);
    if (statement.indicatorId === null) note('indicator', statement.indicator);
    for (const claim of statement.claims)
      for (const missing of claim.missing)
        if (missing.kind === 'zone' || missing.kind === 'indicator') note(missing.kind, missing.phrase ?? null);
  }
  return [...seen.values()];
}

/**
 * The brief's proposals as an import plan, so they take the import's path (diff, conflicts, backup,
 * one commit, undo). A derived figure (a benchmark's growth as yoy − gap) is proposed only where the
 * store has no growth of its own. Statements that cannot be stored are problems with their place.
 */
export function briefPlan(
  statements: readonly CheckedStatement[],
  stored: ReadonlyMap<string, Observation>,
  source: string,
  fileName: string,
  created: { zones: Zone[]; indicators: Indicator[] },
): ImportPlan {
  const byKey = new Map<string, PlannedObservation>();
  const problems: ImportProblem[] = [];
  for (const statement of statements) {
    const place = statementPlace(statement);
    const phrase =
      statement.zoneId === null ? statement.zone : statement.indicatorId === null ? statement.indicator : null;
    if (statement.zoneId === null || statement.indicatorId === null) {
      const kind = statement.zoneId === null ? 'zone' : 'indicator';
      problems.push({
        severity: 'error',
        place,
        found: phrase || '(none)',
        expected: `a ${kind} of the catalog: choose one or create it`,
        message: `names no ${kind} of the catalog`,
      });
      continue;
    }
    for (const problem of statement.problems) {
      if (problem.kind === 'unit')
        problems.push({
          severity: 'warning',
          place,
          found: problem.from,
          expected: problem.to,
          message: "the level is in a unit that does not convert to the indicator's; only the growth is proposed",
        });
      else if (problem.kind === 'conflict')
        problems.push({
          severity: 'warning',
          place,
          message: `states the same figure differently from the sentence at ${statementPlace(statements[problem.with]!)}, which is kept`,
        });
      else if (problem.kind === 'refused')
        problems.push({
          severity: 'error',
          place,
          found: problem.problem.found,
          expected: problem.problem.expected,
          message: problem.problem.message,
        });
      else
        problems.push({
          severity: 'warning',
          place,
          found: String(problem.warning.found),
          message:
            problem.warning.kind === 'implausible-yoy'
              ? 'growth outside the plausible range'
              : 'a component larger than its parent',
        });
    }
    const proposal = statement.proposal;
    if (!proposal) continue;
    const key = observationKey(proposal);
    if (statement.derived && stored.get(key)?.yoyPct != null) continue;
    const earlier = byKey.get(key);
    const draft = {
      zoneId: proposal.zoneId,
      indicatorId: proposal.indicatorId,
      period: proposal.period,
      basis: proposal.basis,
      value: earlier?.draft.value ?? proposal.value,
      yoyPct: earlier?.draft.yoyPct ?? proposal.yoyPct,
      source,
      note:
        earlier?.draft.note ||
        (statement.derived ? `derived: growth less the gap, from "${statement.text.trim().slice(0, 200)}"` : ''),
    };
    byKey.set(key, { draft, key, place: earlier?.place ?? place });
  }
  return {
    fileName,
    options: {},
    summary: {
      fileName,
      format: 'text',
      encoding: null,
      sheets: [],
      layout: null,
      sheet: null,
      headerRow: null,
      mapping: [],
      fields: [],
      sample: [],
      given: { zoneId: null, period: null, basis: null },
      unknownIndicators: [],
      profile: null,
      profileReason: null,
      detection: null,
      reading: [],
      unmapped: 0,
      rows: statements.length,
    },
    planned: [...byKey.values()],
    problems,
    skipped: problems.filter((problem) => problem.severity === 'error').length,
    zonesToCreate: created.zones,
    indicatorsToCreate: created.indicators,
    zoneUpdates: [],
    indicatorUpdates: [],
    catalogConflicts: [],
    catalogBlocked: false,
    fileSource: fileName,
  };
}
