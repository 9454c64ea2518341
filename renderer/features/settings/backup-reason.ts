import type { TFunction } from 'i18next';
import { MANUAL_BACKUP_REASON } from '../../../shared/api';
import { formatDateTime } from '../../i18n/format';

/** The reasons the use cases and the store write, in their words; anything else is shown as written. */
const KNOWN_REASONS = [
  [/^delete zone (.+)$/, 'deleteZone', 'id'],
  [/^delete indicator (.+)$/, 'deleteIndicator', 'id'],
  [/^before importing (.+)$/, 'importing', 'file'],
  [/^before undoing import (.+)$/, 'undoingImport', 'id'],
  [/^before restoring backup (.+)$/, 'restoring', 'id'],
] as const;

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
export function backupReasonText(reason: string, t: TFunction, language: string): string {
  if (reason === MANUAL_BACKUP_REASON) return t('settings.backups.manualReason');
  for (const [pattern, key, name] of KNOWN_REASONS) {
    const match = pattern.exec(reason);
    if (!match) continue;
    const time = key === 'restoring' ? backupIdTime(match[1] ?? '') : null;
    return t(`settings.backups.reasons.${key}`, { [name]: time ? formatDateTime(time, language) : match[1] });
  }
  return reason;
}
