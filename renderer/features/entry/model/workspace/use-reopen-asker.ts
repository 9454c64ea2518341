import { useEffect, useState } from 'react';
import type { EntrySession } from '../session/entry-session';

export interface ReopenQuestion {
  count: number;
  answer(reopen: boolean): void;
}

/**
 * The question the session asks before an edit lands in verified months, while it waits for the
 * answer. Leaving the screen unanswered keeps them verified, so the session's saves never wait forever.
 */
export function useReopenAsker(session: EntrySession): ReopenQuestion | null {
  const [question, setQuestion] = useState<ReopenQuestion | null>(null);
  useEffect(() => {
    let pending: ((reopen: boolean) => void) | null = null;
    const stop = session.setReopenAsker(
      (count) =>
        new Promise<boolean>((resolve) => {
          pending = resolve;
          setQuestion({
            count,
            answer: (reopen) => {
              pending = null;
              setQuestion(null);
              resolve(reopen);
            },
          });
        }),
    );
    return () => {
      stop();
      pending?.(false);
    };
  }, [session]);
  return question;
}
