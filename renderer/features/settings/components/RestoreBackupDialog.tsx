import { useTranslation } from 'react-i18next';
import type { BackupInfo, StoreInfo } from '../../../../shared/api';
import { ApiFailure, request } from '../../../api';
import { useCatalog } from '../../../app/catalog';
import { useNotify } from '../../../app/notifications';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { formatDateTime } from '../../../i18n/format';

interface RestoreBackupDialogProps {
  backup: Pick<BackupInfo, 'id' | 'createdAt'>;
  onRestored(info: StoreInfo): void;
  onCancel(): void;
}

/** Asks, restores (the store backs up the current data first), and refreshes what screens show. */
export function RestoreBackupDialog({ backup, onRestored, onCancel }: RestoreBackupDialogProps) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const catalog = useCatalog();
  const date = formatDateTime(backup.createdAt, i18n.language);

  async function restore() {
    try {
      const info = await request('restoreBackup', { id: backup.id });
      await catalog.reload();
      notify({ tone: 'success', text: t('settings.backups.restored', { date }) });
      onRestored(info);
    } catch (cause) {
      if (!(cause instanceof ApiFailure)) throw cause;
      onCancel();
    }
  }

  return (
    <ConfirmDialog
      title={t('settings.backups.confirmTitle', { date })}
      confirmLabel={t('settings.backups.restore')}
      tone="primary"
      onConfirm={restore}
      onCancel={onCancel}
    >
      <p>{t('settings.backups.confirmBody')}</p>
    </ConfirmDialog>
  );
}
