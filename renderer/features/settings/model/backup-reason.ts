import type { TFunction } from 'i18next';
import type { BackupReason } from '../../../../shared/api';
import { formatDateTime } from '../../../i18n/format';

/** A backup id as the store writes it (`20261130T030532426Z`): the moment it was taken. */
const BACKUP_ID = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z/;

/** The time a backup id names, as an ISO string; null for an id of another form. */
export function backupIdTime(id: string): string | null {
  const match = BACKUP_ID.exec(id);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, millis] = match;
  return `${year}-${month}-${day}T${hour}:${minute}:${second}.${millis}Z`;
}

/** `Before restoring the backup of 30 Nov 2026, 03:05` rather than its id; the id itself when it names no time. */
export function backupReasonText(reason: BackupReason, t: TFunction, language: string): string {
  switch (reason.kind) {
    case 'manual':
      return t('settings.backups.manualReason');
    case 'delete-zone':
      return t('settings.backups.reasons.deleteZone', { id: reason.id });
    case 'delete-indicator':
      return t('settings.backups.reasons.deleteIndicator', { id: reason.id });
    case 'importing':
      return t('settings.backups.reasons.importing', { file: reason.file });
    case 'undoing-import':
      return t('settings.backups.reasons.undoingImport', { id: reason.importId });
    case 'restoring': {
      const time = backupIdTime(reason.backupId);
      return t('settings.backups.reasons.restoring', { id: time ? formatDateTime(time, language) : reason.backupId });
    }
    case 'upgrading':
      return t('settings.backups.reasons.upgrading', { from: reason.from, to: reason.to });
    case 'copying':
      return t(
        reason.from === 'local' ? 'settings.backups.reasons.copyingLocal' : 'settings.backups.reasons.copyingDatabase',
      );
    case 'other':
      return reason.words;
  }
}
