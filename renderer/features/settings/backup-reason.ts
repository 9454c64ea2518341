import type { TFunction } from 'i18next';

/** The reasons the use cases and the store write, in their words; anything else is shown as written. */
const KNOWN_REASONS = [
  [/^delete zone (.+)$/, 'deleteZone', 'id'],
  [/^delete indicator (.+)$/, 'deleteIndicator', 'id'],
  [/^before importing (.+)$/, 'importing', 'file'],
  [/^before undoing import (.+)$/, 'undoingImport', 'id'],
  [/^before restoring backup (.+)$/, 'restoring', 'id'],
] as const;

export function backupReasonText(reason: string, t: TFunction): string {
  for (const [pattern, key, name] of KNOWN_REASONS) {
    const match = pattern.exec(reason);
    if (match) return t(`settings.backups.reasons.${key}`, { [name]: match[1] });
  }
  return reason;
}
