import type { StoreNotice } from '../../shared/api';

/** `'/data/Zone Stats'` for a shell: single quotes, each inner quote closed, escaped and reopened. */
function shellQuoted(text: string): string {
  return /^[\w./:@-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** What the store found on opening, on standard error: the file set aside, the latest backup and how to restore it. */
export function noticeLines(notices: readonly StoreNotice[], directory: string): string[] {
  return notices.flatMap((notice) => [
    `zone-stats: ${notice.file} was damaged; it was moved aside to ${notice.movedTo} and none of its figures were read`,
    notice.latestBackupId
      ? `zone-stats: the latest backup is ${notice.latestBackupId}; restore it with: zone-stats restore ${notice.latestBackupId} --data ${shellQuoted(directory)}`
      : 'zone-stats: there is no backup to restore',
  ]);
}
