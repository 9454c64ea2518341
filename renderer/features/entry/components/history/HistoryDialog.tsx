import { useEffect, useState } from 'react';
import type { AppError, ObservationHistory } from '../../../../../shared/api';
import type { ObservationKey } from '../../../../../shared/model';
import { call } from '../../../../api';
import { Dialog } from '../../../../components/Dialog';
import { formatDateTime, formatOneDecimal, formatValue } from '../../model/format';
import type { EntrySession } from '../../model/session/entry-session';
import { historyEntries } from '../../model/history/history-entries';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../../i18n/use-language';

interface HistoryDialogProps {
  session: EntrySession;
  target: { key: ObservationKey; title: string };
  onClose(): void;
}

type Loaded =
  { kind: 'loading' } | { kind: 'ready'; history: ObservationHistory } | { kind: 'failed'; error: AppError };

/** Every version of one observation: when each was replaced or deleted, its figures and source. */
export function HistoryDialog({ session, target, onClose }: HistoryDialogProps) {
  const { t } = useTranslation('entry');
  const language = useLanguage();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    void session
      .flush()
      .then(() => call('getObservationHistory', { key: target.key }))
      .then((result) => {
        if (current)
          setLoaded(result.ok ? { kind: 'ready', history: result.value } : { kind: 'failed', error: result.error });
      });
    return () => {
      current = false;
    };
  }, [session, target.key]);

  const entries = loaded.kind === 'ready' ? historyEntries(loaded.history) : [];
  const showAuthors = entries.some((entry) => entry.by !== undefined);
  const label = { current: 'history.updatedAt', replaced: 'history.replacedAt', deleted: 'history.deletedAt' } as const;

  return (
    <Dialog title={t('history.title', { name: target.title })} onClose={onClose}>
      {loaded.kind === 'loading' && <p role="status">{t('history.loading')}</p>}
      {loaded.kind === 'failed' && <p role="alert">{t('history.failed', { message: loaded.error.message })}</p>}
      {loaded.kind === 'ready' && entries.length === 0 && <p>{t('history.noObservation')}</p>}
      {entries.length > 0 && (
        <table className="table entry-history">
          <thead>
            <tr>
              <th scope="col">{t('history.version')}</th>
              <th scope="col">{t('fields.value')}</th>
              <th scope="col">{t('fields.yoyPct')}</th>
              <th scope="col">{t('fields.source')}</th>
              <th scope="col">{t('fields.note')}</th>
              {showAuthors && <th scope="col">{t('history.by')}</th>}
            </tr>
          </thead>
          <tbody>
            {entries.map((entry, index) => (
              <tr key={`${entry.kind}-${entry.at}-${index}`} className={`entry-history__${entry.kind}`}>
                <td>{t(label[entry.kind], { when: formatDateTime(entry.at, language) })}</td>
                <td className="entry-history__number">
                  {entry.value === null ? t('history.empty') : formatValue(entry.value, language)}
                </td>
                <td className="entry-history__number">
                  {entry.yoyPct === null ? t('history.empty') : formatOneDecimal(entry.yoyPct, language)}
                </td>
                <td>{entry.source || t('history.empty')}</td>
                <td>{entry.note || t('history.empty')}</td>
                {showAuthors && <td className="entry-history__by">{entry.by ?? t('history.empty')}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {loaded.kind === 'ready' && loaded.history.changedBy && (
        <p className="entry-history__author">{t('history.changedBy', { who: loaded.history.changedBy })}</p>
      )}
      {loaded.kind === 'ready' && entries.length === 1 && <p className="entry-history__none">{t('history.none')}</p>}
    </Dialog>
  );
}
