import type { EntryStatusName } from '../../../../../shared/api';
import type { Basis, Indicator, Period } from '../../../../../shared/model';
import { displayName } from '../../../../../shared/model';
import { formatDateTime } from '../../../../i18n/format';
import type { EntrySession } from '../../model/session/entry-session';
import { useEntryStatus } from '../../model/status/use-entry-status';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../../i18n/use-language';

interface StatusControlProps {
  session: EntrySession;
  zoneId: string;
  period: Period;
  basis: Basis;
  indicators: readonly Indicator[];
  /** Rows with a warning and no reason note yet: said beside the status, never blocking it. */
  unexplainedWarnings: number;
}

const NEXT: Record<
  EntryStatusName,
  { status: EntryStatusName; label: 'status.markComplete' | 'status.markVerified' } | null
> = {
  draft: { status: 'complete', label: 'status.markComplete' },
  complete: { status: 'verified', label: 'status.markVerified' },
  verified: null,
};

/**
 * Draft → complete → verified for the zone-month on screen, what each means, and why a change was
 * refused (a required indicator without a figure, a warning without its reason).
 */
export function StatusControl({ session, zoneId, period, basis, indicators, unexplainedWarnings }: StatusControlProps) {
  const { t } = useTranslation('entry');
  const language = useLanguage();
  const { status, lastStep, refusal, change } = useEntryStatus(session, zoneId, period, basis);
  if (status === null) return null;
  const next = NEXT[status];
  const names = (refusal?.problems ?? [])
    .map((problem) => indicators.find((indicator) => indicator.id === problem.place))
    .filter((indicator): indicator is Indicator => indicator !== undefined)
    .map((indicator) => displayName(indicator, language));
  const listed = names.join(language.startsWith('zh') ? '、' : ', ');
  const refusalText =
    names.length === 0
      ? t('status.refused', { message: refusal?.message ?? '' })
      : refusal?.details?.unexplained !== undefined
        ? t('status.needsReasons', { names: listed, count: names.length })
        : t('status.missing', { names: listed, count: names.length });

  return (
    <>
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
        {unexplainedWarnings > 0 && (
          <span className="entry-status__hint">{t('status.unexplained', { count: unexplainedWarnings })}</span>
        )}
        {status === 'draft' && lastStep?.reason === 'edited' && (
          <span className="entry-status__hint">
            {t('status.reopened', { date: formatDateTime(lastStep.at, language) })}
          </span>
        )}
        {refusal && (
          <p className="entry-status__refusal" role="alert">
            {refusalText}
          </p>
        )}
      </div>
      <p className="entry-status__meaning">{t('status.meaning')}</p>
    </>
  );
}
