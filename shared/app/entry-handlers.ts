import { z } from 'zod';
import {
  fail,
  ok,
  type AppHandlers,
  type DeletedObservation,
  type EntryStatus,
  type EntryStatusName,
  type Result,
} from '../api';
import {
  currentPeriod,
  observationKey,
  ObservationSchema,
  type Basis,
  type ObservationKey,
  type Period,
} from '../model';
import { readStatusDoc, statusMetaName, statusSlot, withStatus } from './entry-status-doc';
import type { MetricsCache } from './metrics-cache';
import type { AppPorts, DatasetStore } from './ports';
import { revisionAuthors, withAuthor } from './revision-authors';
import { StoreConflictError } from './store-conflict';
import { unexplainedWarnings } from './unexplained-warnings';
import { versionConflictRefusal } from './version-conflict';
import { reopenedStatuses, verifiedMonths, verifiedRefusal } from './verified-months';

type EntryHandlers = Pick<
  AppHandlers,
  'getEntryStatuses' | 'setEntryStatus' | 'deleteObservations' | 'getObservationHistory'
>;

/** Deleted observations are kept per zone, so each document stays small. */
export const trashMetaName = (zoneId: string): string => `entry-trash.${zoneId}`;

/**
 * Deleted versions kept per zone; the oldest go first beyond this. Keeps the document under the
 * store's ~1 MB per file: an entry takes ~280 bytes, ~430 with one earlier revision (measured).
 */
export const TRASH_LIMIT = 2_000;

const TrashDocSchema = z.array(z.object({ observation: ObservationSchema, deletedAt: z.string() }));

async function readTrash(store: DatasetStore, zoneId: string): Promise<DeletedObservation[]> {
  const stored = await store.readMeta(trashMetaName(zoneId));
  return stored === undefined ? [] : TrashDocSchema.parse(stored);
}

function groupByZone(keys: ObservationKey[]): Map<string, ObservationKey[]> {
  const byZone = new Map<string, ObservationKey[]>();
  for (const key of keys) {
    const list = byZone.get(key.zoneId) ?? [];
    list.push(key);
    byZone.set(key.zoneId, list);
  }
  return byZone;
}

export function createEntryHandlers({ store, clock, preferences }: AppPorts, metrics: MetricsCache): EntryHandlers {
  /** Why a zone-month may not take a status, or null. */
  async function statusRefusal(
    zoneId: string,
    period: Period,
    basis: Basis,
    status: EntryStatusName,
    current: EntryStatusName,
  ): Promise<Result<null>> {
    const latest = currentPeriod(clock.now());
    if (period > latest)
      return fail('invalid', `${period} is in the future`, {
        problems: [
          { place: 'period', found: period, expected: `${latest} or earlier`, message: 'a period in the future' },
        ],
      });
    if (status === 'draft') return ok(null);
    if (status === 'verified' && current === 'draft')
      return fail('refused', 'mark the zone-month complete before verifying it');
    const catalog = await store.readCatalog();
    const required = catalog.indicators.filter((indicator) => indicator.required);
    const present = new Set(
      (await store.readObservations({ zoneIds: [zoneId], from: period, to: period, basis })).map((o) => o.indicatorId),
    );
    const missing = required.filter((indicator) => !present.has(indicator.id));
    if (missing.length > 0) {
      return fail('refused', `${missing.length} required indicator(s) have no figure`, {
        problems: missing.map((indicator) => ({ place: indicator.id, message: 'a required indicator has no figure' })),
        details: { missing: missing.length },
      });
    }
    const unexplained = await unexplainedWarnings(
      store,
      metrics,
      preferences.get().streakThreshold,
      zoneId,
      period,
      basis,
    );
    if (unexplained.length === 0) return ok(null);
    return fail('refused', `${unexplained.length} figure(s) with a warning have no reason note`, {
      problems: unexplained.map((indicatorId) => ({ place: indicatorId, message: 'a warning without a reason note' })),
      details: { unexplained: unexplained.length },
    });
  }

  return {
    getEntryStatuses: async ({ zoneIds, from, to, basis }) => {
      const statuses: EntryStatus[] = [];
      for (const zoneId of zoneIds) {
        for (const [slot, entry] of Object.entries(await readStatusDoc(store, zoneId))) {
          const [period = '', slotBasis] = slot.split('|') as [Period, Basis];
          if (period < from || period > to || (basis && slotBasis !== basis)) continue;
          statuses.push({ zoneId, period, basis: slotBasis, ...entry });
        }
      }
      return ok(statuses);
    },

    setEntryStatus: async ({ zoneId, period, basis, status }) => {
      const doc = await readStatusDoc(store, zoneId);
      const slot = statusSlot(period, basis);
      const refusal = await statusRefusal(zoneId, period, basis, status, doc[slot]?.status ?? 'draft');
      if (!refusal.ok) return refusal;
      const updatedAt = clock.now().toISOString();
      const next = withStatus(doc, slot, status, updatedAt, 'marked');
      await store.commit({ meta: { [statusMetaName(zoneId)]: next } });
      return ok({ zoneId, period, basis, ...next[slot]! });
    },

    deleteObservations: async ({ keys, reopenVerified, expectedVersions }) => {
      const deletedAt = clock.now().toISOString();
      const meta: Record<string, unknown> = {};
      const remove: ObservationKey[] = [];
      for (const [zoneId, zoneKeys] of groupByZone(keys)) {
        const wanted = new Set(zoneKeys.map(observationKey));
        const periods = zoneKeys.map((key) => key.period).sort();
        const stored = await store.readObservations({ zoneIds: [zoneId], from: periods[0], to: periods.at(-1) });
        const found = stored.filter((observation) => wanted.has(observationKey(observation)));
        if (found.length === 0) continue;
        const trash = [
          ...(await readTrash(store, zoneId)),
          ...found.map((observation) => ({ observation, deletedAt })),
        ];
        meta[trashMetaName(zoneId)] = trash.slice(-TRASH_LIMIT);
        remove.push(
          ...found.map(({ zoneId: z, indicatorId, period, basis }) => ({ zoneId: z, indicatorId, period, basis })),
        );
      }
      const verified = await verifiedMonths(store, remove);
      if (verified.length > 0 && !reopenVerified) return verifiedRefusal(verified);
      if (verified.length > 0) Object.assign(meta, await reopenedStatuses(store, verified, deletedAt));
      if (remove.length > 0) {
        const based = expectedVersions
          ? Object.fromEntries(
              remove
                .map(observationKey)
                .filter((id) => id in expectedVersions)
                .map((id) => [id, expectedVersions[id]!]),
            )
          : undefined;
        try {
          await store.commit({ remove, meta, ...(based && { expectedVersions: based }) });
        } catch (cause) {
          if (cause instanceof StoreConflictError) return versionConflictRefusal(cause, []);
          throw cause;
        }
      }
      return ok({ deleted: remove.length, missing: new Set(keys.map(observationKey)).size - remove.length });
    },

    getObservationHistory: async ({ key }) => {
      const wanted = observationKey(key);
      const stored = await store.readObservations({
        zoneIds: [key.zoneId],
        indicatorIds: [key.indicatorId],
        from: key.period,
        to: key.period,
        basis: key.basis,
      });
      const current = stored.find((observation) => observationKey(observation) === wanted) ?? null;
      const deleted = (await readTrash(store, key.zoneId)).filter(
        (entry) => observationKey(entry.observation) === wanted,
      );
      const author = current && store.readAuthors ? (await store.readAuthors([key]))[wanted] : undefined;
      const recorded = store.readRevisions ? await store.readRevisions(key) : [];
      const revisions = current?.history ?? [];
      const revisionsBy = revisionAuthors(revisions, recorded);
      const deletedBy = revisionAuthors(
        deleted.map((entry) => entry.observation),
        recorded.filter((revision) => revision.deleted),
      );
      return ok({
        current,
        revisions: revisions.map((revision, index) => withAuthor(revision, revisionsBy[index])),
        deleted: deleted.map((entry, index) => withAuthor(entry, deletedBy[index])),
        ...(author && { changedBy: author.changedBy }),
      });
    },
  };
}
