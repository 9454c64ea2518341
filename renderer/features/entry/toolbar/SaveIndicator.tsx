import { useEntryText } from '../i18n/use-entry-text';
import type { EntrySession } from '../session/entry-session';
import { useSaveState, useSessionVersion } from '../session/use-session';

/** Saving… while writes are in flight, Saved once they landed, the reason when one failed. */
export function SaveIndicator({ session }: { session: EntrySession }) {
  const { t } = useEntryText();
  const state = useSaveState(session);
  useSessionVersion(session);
  const held = session.unsaved.count;
  if (held > 0) {
    return (
      <p className="entry-save entry-save--failed" role="status" aria-live="polite" data-save-state="held">
        <span className="entry-save__dot" aria-hidden="true" />
        {t('save.held', { count: held })}
      </p>
    );
  }
  const text =
    state.kind === 'saving' ? t('save.saving') : state.kind === 'saved' ? t('save.saved') : state.kind === 'failed' ? t('save.failed', { message: state.message }) : t('save.idle');
  return (
    <p className={`entry-save entry-save--${state.kind}`} role="status" aria-live="polite" data-save-state={state.kind}>
      <span className="entry-save__dot" aria-hidden="true" />
      {text}
    </p>
  );
}
