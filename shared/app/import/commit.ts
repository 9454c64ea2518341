import { fail, ok, type Result } from '../../api';
import type { ConflictPolicy, ImportProblem, ImportReport, ImportSummary } from '../../api/import';
import { catalogProblem, observationKey, type Observation, type ObservationKey } from '../../model';
import type { AppPorts, DatasetChange } from '../ports';
import { reopenedStatuses, verifiedMonths, verifiedRefusal } from '../verified-months';
import { catalogAfter } from './catalog-plan';
import type { ImportPlan } from './plan';
import { decideRows, type DecidedRows } from './decide-rows';
import { logWithImport, newImportId, readImportLog, type UndoRecord } from './import-log';
import type { ImportJob } from './jobs';
import { packKeys } from './key-groups';

export interface CommitChoices {
  onConflict: ConflictPolicy;
  validOnly: boolean;
  choices: { key: ObservationKey; choice: 'overwrite' | 'keep' }[];
  /** As entry does: figures landing in a verified zone-month are refused unless this returns the month to draft. */
  reopenVerified: boolean;
}

const REPORTED_PROBLEMS = 1000;

/** What the store holds now for the plan's keys, by key. */
export async function storedFor(ports: AppPorts, plan: ImportPlan): Promise<Map<string, Observation>> {
  const existing = new Map<string, Observation>();
  if (plan.planned.length === 0) return existing;
  let from = plan.planned[0]!.draft.period;
  let to = from;
  const zoneIds = new Set<string>();
  for (const { draft } of plan.planned) {
    zoneIds.add(draft.zoneId);
    if (draft.period < from) from = draft.period;
    if (draft.period > to) to = draft.period;
  }
  for (const observation of await ports.store.readObservations({ zoneIds: [...zoneIds], from, to }))
    existing.set(observationKey(observation), observation);
  return existing;
}

function refusal(
  plan: ImportPlan,
  message: string,
  problems: ImportProblem[],
  code: 'invalid' | 'conflict' = 'invalid',
) {
  return fail(code, `${plan.fileName}: ${message}; nothing was written`, { problems });
}

/**
 * Writes a plan all or nothing: refused while errors remain (unless valid rows only) or while a
 * conflict has no decision; otherwise a backup, then one store commit carrying the observations,
 * the catalog and the undo record together.
 */
export async function commitPlan(
  ports: AppPorts,
  plan: ImportPlan,
  decisions: CommitChoices,
  job: ImportJob,
): Promise<Result<ImportReport>> {
  const errors = plan.problems.filter((problem) => problem.severity === 'error');
  const warnings = plan.problems.length - errors.length;
  if (errors.length > 0 && (!decisions.validOnly || plan.catalogBlocked)) {
    const why = decisions.validOnly
      ? 'the zones and indicators have errors, so not even the valid rows can be imported'
      : `${errors.length} error${errors.length === 1 ? '' : 's'}`;
    return refusal(plan, why, plan.problems);
  }
  // Figures left out are not rows with errors: only confirming it (skipUnmapped) lets the rest in.
  if (decisions.validOnly && errors.some((problem) => problem.unmapped)) {
    return refusal(
      plan,
      'figures of the file would be left out: confirm leaving them out (skip unmapped figures)',
      plan.problems,
    );
  }
  if (plan.planned.length === 0 && errors.length > 0) return refusal(plan, 'no row is valid', plan.problems);

  job.stage('comparing', plan.planned.length);
  await job.checkpoint();
  const now = ports.clock.now();
  const at = now.toISOString();
  const decided = decideRows(plan, await storedFor(ports, plan), decisions, at);
  if (decided.conflicts.length > 0) {
    const { length } = decided.conflicts;
    return refusal(plan, `${length} conflict${length === 1 ? '' : 's'} with the store`, decided.conflicts, 'conflict');
  }
  const { replaced, added } = decided;
  const writing = decided.upsert.length;

  const verified = await verifiedMonths(ports.store, decided.upsert);
  if (verified.length > 0 && !decisions.reopenVerified) {
    const { error } = verifiedRefusal(verified);
    return fail('conflict', `${plan.fileName}: ${error.message}; nothing was written`, {
      problems: error.problems!.map((problem): ImportProblem => ({
        severity: 'error',
        code: 'verified-month',
        params: { place: problem.place ?? '' },
        ...problem,
      })),
      details: error.details!,
    });
  }
  const reopened = verified.length > 0 ? await reopenedStatuses(ports.store, verified, at) : {};

  const catalogBefore = await ports.store.readCatalog();
  const zoneIds = new Set(catalogBefore.zones.map((zone) => zone.id));
  const indicatorIds = new Set(catalogBefore.indicators.map((indicator) => indicator.id));
  const zonesCreated = plan.zonesToCreate.filter((zone) => !zoneIds.has(zone.id));
  const indicatorsCreated = plan.indicatorsToCreate.filter((indicator) => !indicatorIds.has(indicator.id));
  const takeUpdates = decisions.onConflict === 'overwrite';
  const zoneUpdates = takeUpdates ? plan.zoneUpdates.filter((zone) => zoneIds.has(zone.id)) : [];
  const indicatorUpdates = takeUpdates
    ? plan.indicatorUpdates.filter((indicator) => indicatorIds.has(indicator.id))
    : [];
  const catalogChanges = zonesCreated.length + indicatorsCreated.length + zoneUpdates.length + indicatorUpdates.length;
  const catalog =
    catalogChanges > 0
      ? catalogAfter(catalogBefore, zonesCreated, indicatorsCreated, zoneUpdates, indicatorUpdates)
      : undefined;
  if (catalog) {
    const problem = catalogProblem(catalog);
    if (problem)
      return refusal(plan, `the zones and indicators would not be consistent (${problem})`, [
        { severity: 'error', message: problem },
      ]);
  }

  const counts = { added: added.length, ...decided.counts };
  const report = (importId: string | null, backupId: string | null): ImportReport => ({
    importId,
    fileName: plan.fileName,
    committed: true,
    ...counts,
    errors: errors.length,
    warnings,
    skipped: plan.skipped,
    zonesCreated: zonesCreated.map((zone) => zone.id),
    indicatorsCreated: indicatorsCreated.map((indicator) => indicator.id),
    catalogUpdated: [...zoneUpdates.map((zone) => zone.id), ...indicatorUpdates.map((indicator) => indicator.id)],
    backupId,
    problems: plan.problems.slice(0, REPORTED_PROBLEMS),
  });
  if (writing === 0 && !catalog) return ok(report(null, null));

  job.stage('backing-up');
  await job.checkpoint();
  job.pointOfNoReturn();
  const backup = await ports.store.backup({ kind: 'importing', file: plan.fileName });
  const importId = newImportId(now);
  const record: UndoRecord = {
    importId,
    at,
    fileName: plan.fileName,
    backupId: backup.id,
    added: packKeys(added),
    replaced,
    zonesCreated: zonesCreated.map((zone) => zone.id),
    indicatorsCreated: indicatorsCreated.map((indicator) => indicator.id),
    zonesReplaced: catalogBefore.zones.filter((zone) => zoneUpdates.some((update) => update.id === zone.id)),
    indicatorsReplaced: catalogBefore.indicators.filter((indicator) =>
      indicatorUpdates.some((update) => update.id === indicator.id),
    ),
  };
  const summary: ImportSummary = {
    importId,
    fileName: plan.fileName,
    at,
    added: counts.added,
    changed: counts.changed + counts.overwritten,
    zonesCreated: record.zonesCreated,
    indicatorsCreated: record.indicatorsCreated,
    backupId: backup.id,
    undoable: true,
  };
  job.stage('writing', writing);
  const meta = { ...reopened, ...logWithImport(await readImportLog(ports.store), summary, record) };
  await handOver(ports, decided, { ...(catalog ? { catalog } : {}), meta });
  job.advance(writing);
  return ok(report(importId, backup.id));
}

/**
 * Gives the rows to the store and lets go of them: not async, so no suspended frame keeps them
 * alive beside the store's own copies while the store writes.
 */
function handOver(ports: AppPorts, decided: DecidedRows, rest: Omit<DatasetChange, 'upsert'>): Promise<void> {
  const upsert = decided.upsert;
  decided.upsert = [];
  return ports.store.commit({ ...rest, upsert, handedOver: true });
}
