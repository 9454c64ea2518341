import { useCallback, useEffect, useState } from 'react';
import type { AppError, EntryStatusName } from '../../../../shared/api';
import type { Basis, Period } from '../../../../shared/model';
import { call } from '../../../api';
import type { EntrySession } from '../session/entry-session';

export interface EntryStatusState {
  status: EntryStatusName | null;
  /** Why the last change was refused (missing required indicators), or null. */
  refusal: AppError | null;
  change(next: EntryStatusName): Promise<void>;
}

/** The status of one zone-month, read from the store and changed there once pending saves have landed. */
export function useEntryStatus(session: EntrySession, zoneId: string, period: Period, basis: Basis): EntryStatusState {
  const request = `${zoneId}|${period}|${basis}`;
  const [state, setState] = useState<{ request: string; status: EntryStatusName; refusal: AppError | null } | null>(null);

  useEffect(() => {
    let current = true;
    void call('getEntryStatuses', { zoneIds: [zoneId], from: period, to: period, basis }).then((result) => {
      if (current && result.ok) setState({ request, status: result.value[0]?.status ?? 'draft', refusal: null });
    });
    return () => {
      current = false;
    };
  }, [zoneId, period, basis, request]);

  const change = useCallback(
    async (next: EntryStatusName) => {
      await session.flush();
      const result = await call('setEntryStatus', { zoneId, period, basis, status: next });
      setState((previous) => ({
        request,
        status: result.ok ? result.value.status : (previous?.status ?? 'draft'),
        refusal: result.ok ? null : result.error,
      }));
    },
    [session, zoneId, period, basis, request],
  );

  const mine = state?.request === request ? state : null;
  return { status: mine?.status ?? null, refusal: mine?.refusal ?? null, change };
}
