import { fail, type AppError } from '../api';
import type { ObservationKey, Period } from '../model';
import { readStatusDoc, statusMetaName, statusSlot, withStatus } from './entry-status-doc';
import type { DatasetStore } from './ports';

export interface ZoneMonth {
  zoneId: string;
  period: Period;
  basis: ObservationKey['basis'];
}

/**
 * The verified zone-months these observations belong to, each once, in the order they first come.
 * Each zone's statuses are read once; a zone with no verified month costs its keys nothing more.
 */
export async function verifiedMonths(store: DatasetStore, keys: readonly ObservationKey[]): Promise<ZoneMonth[]> {
  const verifiedSlots = new Map<string, ReadonlySet<string>>();
  for (const { zoneId } of keys) {
    if (verifiedSlots.has(zoneId)) continue;
    const doc = await readStatusDoc(store, zoneId);
    const slots = Object.keys(doc).filter((slot) => doc[slot]!.status === 'verified');
    verifiedSlots.set(zoneId, new Set(slots));
  }
  const months = new Map<string, ZoneMonth>();
  for (const { zoneId, period, basis } of keys) {
    const slots = verifiedSlots.get(zoneId)!;
    if (slots.size === 0) continue;
    const slot = statusSlot(period, basis);
    if (slots.has(slot)) months.set(`${zoneId}|${slot}`, { zoneId, period, basis });
  }
  return [...months.values()];
}

/** A change to verified figures is made only when asked to return them to draft. */
export function verifiedRefusal(months: readonly ZoneMonth[]): { ok: false; error: AppError } {
  return fail('conflict', `${months.length} verified zone-month(s) would change; confirm to return them to draft`, {
    problems: months.map(({ zoneId, period, basis }) => ({
      place: `${zoneId}|${period}|${basis}`,
      message: 'a verified zone-month',
    })),
    details: { verified: months.length },
  });
}

/** The status documents with these zone-months back in draft, each change recorded as an edit. */
export async function reopenedStatuses(
  store: DatasetStore,
  months: readonly ZoneMonth[],
  at: string,
): Promise<Record<string, unknown>> {
  const meta: Record<string, unknown> = {};
  for (const zoneId of new Set(months.map((month) => month.zoneId))) {
    let doc = await readStatusDoc(store, zoneId);
    for (const month of months.filter((candidate) => candidate.zoneId === zoneId))
      doc = withStatus(doc, statusSlot(month.period, month.basis), 'draft', at, 'edited');
    meta[statusMetaName(zoneId)] = doc;
  }
  return meta;
}
