import { useCallback, useState } from 'react';
import type { AppError, EntryStatus, EntryStatusName, StatusStep } from '../../../../../shared/api';
import type { Basis, Period } from '../../../../../shared/model';
import { call } from '../../../../api';
import { useApiValue } from '../../../../data/use-api-value';
import type { EntrySession } from '../session/entry-session';
import { useSessionVersion } from '../session/use-session';

export interface EntryStatusState {
  status: EntryStatusName | null;
  /** The last change, when one was recorded. */
  lastStep: StatusStep | null;
  /** Why the last change was refused (missing required indicators, warnings without a reason), or null. */
  refusal: AppError | null;
  change(next: EntryStatusName): Promise<void>;
}

interface Refusal {
  request: string;
  error: AppError;
  /** The statuses shown when it was refused: the next reading clears it. */
  over: EntryStatus[] | null;
}

/**
 * The status of one zone-month, read from the store (again whenever an edit returned verified
 * months to draft) and changed there once pending saves have landed.
 */
export function useEntryStatus(session: EntrySession, zoneId: string, period: Period, basis: Basis): EntryStatusState {
  const request = `${zoneId}|${period}|${basis}`;
  useSessionVersion(session);
  const statuses = useApiValue(
    'getEntryStatuses',
    { zoneIds: [zoneId], from: period, to: period, basis },
    { followDataset: false, readAgainOn: session.reopened },
  );
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const { replace } = statuses;
  const shown = statuses.status === 'ready' ? statuses.value : null;

  const change = useCallback(
    async (next: EntryStatusName) => {
      await session.flush();
      const result = await call('setEntryStatus', { zoneId, period, basis, status: next });
      if (result.ok) {
        replace([result.value]);
        setRefusal(null);
      } else setRefusal({ request, error: result.error, over: shown });
    },
    [session, zoneId, period, basis, request, replace, shown],
  );

  const found = shown?.[0];
  return {
    status: shown ? (found?.status ?? 'draft') : null,
    lastStep: found?.history?.at(-1) ?? null,
    refusal: refusal?.request === request && refusal.over === shown ? refusal.error : null,
    change,
  };
}
