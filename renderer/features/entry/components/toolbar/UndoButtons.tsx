import { displayName } from '../../../../../shared/model';
import { useCatalog } from '../../../../app/catalog';
import { shortPeriodLabel } from '../../../../i18n/format';
import { transactionSubject } from '../../model/session/describe-transaction';
import type { EntrySession } from '../../model/session/entry-session';
import type { Transaction } from '../../model/session/transaction';
import { useSessionVersion } from '../../model/session/use-session';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../../i18n/use-language';

/** Undo and Redo, each saying what it would undo or redo (`Undo: 工业增加值 · 2025年5月 · 数值`). */
export function UndoButtons({ session }: { session: EntrySession }) {
  const { t } = useTranslation('entry');
  const language = useLanguage();
  const { zones, indicators } = useCatalog();
  useSessionVersion(session);

  function what(transaction: Transaction | undefined): string | null {
    if (!transaction) return null;
    const subject = transactionSubject(transaction);
    if (subject.kind === 'many') return t('undo.figures', { count: subject.count });
    const { key, fields } = subject;
    const indicator = indicators.find((candidate) => candidate.id === key.indicatorId);
    const zone = zones.find((candidate) => candidate.id === key.zoneId);
    return [
      indicator ? displayName(indicator, language) : key.indicatorId,
      zone ? displayName(zone, language) : key.zoneId,
      shortPeriodLabel(key.period, key.basis, language),
      fields.map((field) => t(`fields.${field}`)).join(t('undo.and')),
    ]
      .filter((part) => part !== '')
      .join(' · ');
  }

  const undoing = what(session.nextUndo);
  const redoing = what(session.nextRedo);
  const undoLabel = undoing ? t('undo.undoWhat', { what: undoing }) : t('undo.undo');
  const redoLabel = redoing ? t('undo.redoWhat', { what: redoing }) : t('undo.redo');
  return (
    <div className="entry-undo">
      <button
        type="button"
        className="button button--small"
        disabled={!session.canUndo}
        onClick={() => session.undo()}
        title={t('undo.undoKeys', { label: undoLabel })}
        aria-label={undoLabel}
        aria-keyshortcuts="Control+Z"
      >
        {t('undo.undo')}
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={!session.canRedo}
        onClick={() => session.redo()}
        title={t('undo.redoKeys', { label: redoLabel })}
        aria-label={redoLabel}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
      >
        {t('undo.redo')}
      </button>
    </div>
  );
}
