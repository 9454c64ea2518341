import type { EntrySession } from '../../model/session/entry-session';
import { useSaveState, useSessionVersion } from '../../model/session/use-session';
import { useTranslation } from 'react-i18next';

/** Saving… while writes are in flight, Saved once they landed, the reason when one failed. */
export function SaveIndicator({ session }: { session: EntrySession }) {
  const { t } = useTranslation('entry');
  const state = useSaveState(session);
  useSessionVersion(session);
  const held = session.unsaved.count;
  if (held > 0) {
    return (
      <p className="entry-save entry-save--failed" data-save-state="held">
        <span className="entry-save__dot" aria-hidden="true" />
        <span role="status" aria-live="polite">
          {t('save.held', { count: held })}
        </span>
      </p>
    );
  }
  const status =
    state.kind === 'saving'
      ? t('save.saving')
      : state.kind === 'saved'
        ? t('save.saved')
        : state.kind === 'failed'
          ? ''
          : t('save.idle');
  // Both regions stay in the page so each change is announced: progress politely, a failure at once.
  return (
    <p className={`entry-save entry-save--${state.kind}`} data-save-state={state.kind}>
      <span className="entry-save__dot" aria-hidden="true" />
      <span role="status" aria-live="polite">
        {status}
      </span>
      <span role="alert">{state.kind === 'failed' ? t('save.failed', { message: state.message }) : ''}</span>
    </p>
  );
}
