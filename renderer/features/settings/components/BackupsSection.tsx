import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, StoreInfo } from '../../../../shared/api';
import { ApiFailure, request } from '../../../api';
import { useNotify } from '../../../app/notifications';
import { formatBytes, formatDateTime } from '../../../i18n/format';
import { backupReasonText } from '../model/backup-reason';
import { RestoreBackupDialog } from './RestoreBackupDialog';
import { TableFrame } from '../../../components/TableFrame';

/** The backups, newest first, each restorable after a confirmation; one can be taken at any time. */
export function BackupsSection({ backups, onRestored }: { backups: BackupInfo[]; onRestored(info: StoreInfo): void }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const headingId = useId();
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [backingUp, setBackingUp] = useState(false);

  async function backUpNow() {
    setBackingUp(true);
    try {
      const info = await request('backupNow', {});
      notify({ tone: 'success', text: t('settings.backups.backedUp') });
      onRestored(info);
    } catch (cause) {
      // request() has already reported an ApiFailure.
      if (!(cause instanceof ApiFailure)) throw cause;
    } finally {
      setBackingUp(false);
    }
  }
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        {t('settings.backups.title')}
      </h2>
      <p className="panel__description">{t('settings.backups.description')}</p>
      <p>
        <button type="button" className="button" onClick={() => void backUpNow()} disabled={backingUp}>
          {t('settings.backups.backUpNow')}
        </button>
      </p>
      {newestFirst.length === 0 ? (
        <p className="muted">{t('settings.backups.empty')}</p>
      ) : (
        <TableFrame label={t('settings.backups.tableLabel')}>
          <table className="table" aria-label={t('settings.backups.tableLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('settings.backups.date')}</th>
                <th scope="col">{t('settings.backups.reason')}</th>
                <th scope="col" className="table__number">
                  {t('settings.backups.size')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {newestFirst.map((backup) => (
                <tr key={backup.id}>
                  <td>{formatDateTime(backup.createdAt, i18n.language)}</td>
                  <td>{backupReasonText(backup.reason, t, i18n.language)}</td>
                  <td className="table__number">{formatBytes(backup.sizeBytes, t, i18n.language)}</td>
                  <td className="table__actions">
                    <button type="button" className="button button--small" onClick={() => setRestoring(backup)}>
                      {t('settings.backups.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
      {restoring && (
        <RestoreBackupDialog
          backup={restoring}
          onCancel={() => setRestoring(null)}
          onRestored={(info) => {
            setRestoring(null);
            onRestored(info);
          }}
        />
      )}
    </section>
  );
}
