import { useCallback, useEffect, useState } from 'react';
import type { AppError, EntryStatusName, StatusStep } from '../../../../../shared/api';
import type { Basis, Period } from '../../../../../shared/model';
import { call } from '../../../../api';
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

interface Shown {
  request: string;
  status: EntryStatusName;
  lastStep: StatusStep | null;
  refusal: AppError | null;
}

/**
 * The status of one zone-month, read from the store (again whenever an edit returned verified
 * months to draft) and changed there once pending saves have landed.
 */
export function useEntryStatus(session: EntrySession, zoneId: string, period: Period, basis: Basis): EntryStatusState {
  const request = `${zoneId}|${period}|${basis}`;
  const [state, setState] = useState<Shown | null>(null);
  useSessionVersion(session);
  const reopened = session.reopened;

  useEffect(() => {
    let current = true;
    void call('getEntryStatuses', { zoneIds: [zoneId], from: period, to: period, basis }).then((result) => {
      const found = result.ok ? result.value[0] : undefined;
      if (current && result.ok)
        setState({
          request,
          status: found?.status ?? 'draft',
          lastStep: found?.history?.at(-1) ?? null,
          refusal: null,
        });
    });
    return () => {
      current = false;
    };
  }, [zoneId, period, basis, request, reopened]);

  const change = useCallback(
    async (next: EntryStatusName) => {
      await session.flush();
      const result = await call('setEntryStatus', { zoneId, period, basis, status: next });
      setState((previous) => ({
        request,
        status: result.ok ? result.value.status : (previous?.status ?? 'draft'),
        lastStep: result.ok ? (result.value.history?.at(-1) ?? null) : (previous?.lastStep ?? null),
        refusal: result.ok ? null : result.error,
      }));
    },
    [session, zoneId, period, basis, request],
  );

  const mine = state?.request === request ? state : null;
  return { status: mine?.status ?? null, lastStep: mine?.lastStep ?? null, refusal: mine?.refusal ?? null, change };
}
