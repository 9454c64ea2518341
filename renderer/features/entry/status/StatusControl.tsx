import type { EntryStatusName } from '../../../../shared/api';
import type { Basis, Indicator, Period } from '../../../../shared/model';
import { useEntryText } from '../i18n/use-entry-text';
import { displayName } from '../../../../shared/model';
import type { EntrySession } from '../session/entry-session';
import { useEntryStatus } from './use-entry-status';

interface StatusControlProps {
  session: EntrySession;
  zoneId: string;
  period: Period;
  basis: Basis;
  indicators: readonly Indicator[];
  /** Rows with a warning and no reason note yet: said beside the status, never blocking it. */
  unexplainedWarnings: number;
}

const NEXT: Record<EntryStatusName, { status: EntryStatusName; label: 'status.markComplete' | 'status.markVerified' } | null> = {
  draft: { status: 'complete', label: 'status.markComplete' },
  complete: { status: 'verified', label: 'status.markVerified' },
  verified: null,
};

/** Draft → complete → verified for the zone-month on screen; complete needs every required indicator. */
export function StatusControl({ session, zoneId, period, basis, indicators, unexplainedWarnings }: StatusControlProps) {
  const { t, language } = useEntryText();
  const { status, refusal, change } = useEntryStatus(session, zoneId, period, basis);
  if (status === null) return null;
  const next = NEXT[status];
  const missing = (refusal?.problems ?? [])
    .map((problem) => indicators.find((indicator) => indicator.id === problem.place))
    .filter((indicator): indicator is Indicator => indicator !== undefined)
    .map((indicator) => displayName(indicator, language));

  return (
    <div className="entry-status" role="group" aria-label={t('status.label')}>
      <span className={`entry-status__badge entry-status__badge--${status}`}>{t(`status.${status}`)}</span>
      {next && (
        <button type="button" className="button button--small" onClick={() => void change(next.status)}>
          {t(next.label)}
        </button>
      )}
      {status !== 'draft' && (
        <button type="button" className="button button--ghost button--small" onClick={() => void change('draft')}>
          {t('status.backToDraft')}
        </button>
      )}
      {unexplainedWarnings > 0 && <span className="entry-status__hint">{t('status.unexplained', { count: unexplainedWarnings })}</span>}
      {refusal && (
        <p className="entry-status__refusal" role="alert">
          {missing.length > 0 ? t('status.missing', { names: missing.join(language.startsWith('zh') ? '、' : ', '), count: missing.length }) : t('status.refused', { message: refusal.message })}
        </p>
      )}
    </div>
  );
}
