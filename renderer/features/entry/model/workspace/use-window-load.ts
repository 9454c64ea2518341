import { useEffect, useState } from 'react';
import type { AppError, ObservationQuery } from '../../../../../shared/api';
import type { EntrySession } from '../session/entry-session';

export type WindowLoad = { kind: 'loading' } | { kind: 'ready' } | { kind: 'failed'; error: AppError };

/** Reads the observations a view shows into the session; `reload` changes to read them again. */
export function useWindowLoad(session: EntrySession, query: ObservationQuery, reload: number): WindowLoad {
  const request = JSON.stringify(query);
  const [state, setState] = useState<{ request: string; load: WindowLoad } | null>(null);
  useEffect(() => {
    let current = true;
    void session.load(JSON.parse(request) as ObservationQuery).then((result) => {
      if (current) setState({ request, load: result.ok ? { kind: 'ready' } : { kind: 'failed', error: result.error } });
    });
    return () => {
      current = false;
    };
  }, [session, request, reload]);
  return state?.request === request ? state.load : { kind: 'loading' };
}
