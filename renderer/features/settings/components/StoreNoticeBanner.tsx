import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreInfo, StoreNotice } from '../../../../shared/api';
import { ApiFailure, request } from '../../../api';
import { useNotify } from '../../../app/notifications';
import { formatDateTime } from '../../../i18n/format';
import { RestoreBackupDialog } from './RestoreBackupDialog';
import { useStoreInfo } from '../model/use-store-info';

/**
 * Tells the user, on every screen, when the store found a damaged file and moved it aside, and
 * offers the latest backup. Nothing was reset silently; this is where the user hears of it.
 */
export function StoreNoticeBanner() {
  const { info, replace } = useStoreInfo();
  const [dismissed, setDismissed] = useState<string[]>([]);
  const notices = (info?.notices ?? []).filter((notice) => !dismissed.includes(notice.movedTo));
  if (!info || notices.length === 0) return null;
  const backups = info.backups;
  return (
    <>
      {notices.map((notice) => (
        <DamagedFileBanner
          key={notice.movedTo}
          notice={notice}
          backupCreatedAt={backups.find((backup) => backup.id === notice.latestBackupId)?.createdAt ?? null}
          onDone={(restored) => {
            setDismissed((list) => [...list, notice.movedTo]);
            if (restored) replace(restored);
          }}
        />
      ))}
    </>
  );
}

interface DamagedFileBannerProps {
  notice: StoreNotice;
  backupCreatedAt: string | null;
  onDone(restored?: StoreInfo): void;
}

function DamagedFileBanner({ notice, backupCreatedAt, onDone }: DamagedFileBannerProps) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const notify = useNotify();
  const backupId = notice.latestBackupId;

  async function accept() {
    try {
      const info = await request('acceptDamagedFiles', {});
      notify({ tone: 'success', text: t('notices.accepted') });
      onDone(info);
    } catch (cause) {
      if (!(cause instanceof ApiFailure)) throw cause;
    }
  }
  return (
    <div className="banner banner--warning" role="alert">
      <div className="banner__text">
        <p className="banner__title">{t('notices.damagedTitle')}</p>
        <p>
          {t('notices.damagedBody', {
            file: notice.file,
            movedTo: notice.movedTo,
            at: formatDateTime(notice.at, i18n.language),
          })}
        </p>
        {!backupId && <p>{t('notices.noBackup')}</p>}
        <p>{t('notices.writesBlocked')}</p>
      </div>
      <div className="banner__actions">
        {backupId && (
          <button type="button" className="button button--primary" onClick={() => setConfirming(true)}>
            {t('notices.restoreLatest')}
          </button>
        )}
        <button type="button" className="button" onClick={() => void accept()}>
          {t('notices.acceptLoss')}
        </button>
        <button type="button" className="button" onClick={() => onDone()}>
          {t('common.dismiss')}
        </button>
      </div>
      {confirming && backupId && (
        <RestoreBackupDialog
          backup={{ id: backupId, createdAt: backupCreatedAt ?? notice.at }}
          onRestored={(info) => onDone(info)}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
