import { z } from 'zod';
import { STATUS_CHANGE_REASONS, type EntryStatusName, type StatusChangeReason } from '../api';
import { EntryStatusNameSchema } from '../api/entry';
import type { Basis, Period } from '../model';
import type { DatasetStore } from './ports';

/** Statuses are kept per zone, so each document stays small. */
export const statusMetaName = (zoneId: string): string => `entry-status.${zoneId}`;

/** Changes kept per zone-month; the oldest go first beyond this. */
const HISTORY_LIMIT = 50;

const StepSchema = z.object({ status: EntryStatusNameSchema, at: z.string(), reason: z.enum(STATUS_CHANGE_REASONS) });
const StatusDocSchema = z.record(
  z.string(),
  z.object({ status: EntryStatusNameSchema, updatedAt: z.string(), history: z.array(StepSchema).optional() }),
);
export type StatusDoc = z.infer<typeof StatusDocSchema>;

export const statusSlot = (period: Period, basis: Basis): string => `${period}|${basis}`;

export async function readStatusDoc(store: DatasetStore, zoneId: string): Promise<StatusDoc> {
  const stored = await store.readMeta(statusMetaName(zoneId));
  return stored === undefined ? {} : StatusDocSchema.parse(stored);
}

/** The document with one zone-month's status changed and the change recorded. */
export function withStatus(
  doc: StatusDoc,
  slot: string,
  status: EntryStatusName,
  at: string,
  reason: StatusChangeReason,
): StatusDoc {
  const history = [...(doc[slot]?.history ?? []), { status, at, reason }].slice(-HISTORY_LIMIT);
  return { ...doc, [slot]: { status, updatedAt: at, history } };
}
