import { useEntryText } from '../i18n/use-entry-text';
import type { EntrySession } from '../session/entry-session';
import { useSessionVersion } from '../session/use-session';

export function UndoButtons({ session }: { session: EntrySession }) {
  const { t } = useEntryText();
  useSessionVersion(session);
  return (
    <div className="entry-undo">
      <button type="button" className="button button--small" disabled={!session.canUndo} onClick={() => session.undo()} title={t('undo.undoKeys')} aria-keyshortcuts="Control+Z">
        {t('undo.undo')}
      </button>
      <button type="button" className="button button--small" disabled={!session.canRedo} onClick={() => session.redo()} title={t('undo.redoKeys')} aria-keyshortcuts="Control+Shift+Z Control+Y">
        {t('undo.redo')}
      </button>
    </div>
  );
}
