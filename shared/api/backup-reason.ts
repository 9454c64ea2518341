/**
 * Why a backup was taken, as data: the settings screen and the command line word it in their own
 * language. Stores keep it at rest as the English words of `backupReasonWords` (what backups of
 * earlier versions already hold) and read it back with `readBackupReason`, so no screen parses it.
 */
export type BackupReason =
  | { kind: 'manual' }
  | { kind: 'delete-zone'; id: string }
  | { kind: 'delete-indicator'; id: string }
  | { kind: 'importing'; file: string }
  | { kind: 'undoing-import'; importId: string }
  | { kind: 'restoring'; backupId: string }
  | { kind: 'upgrading'; from: number; to: number }
  /** Before a copy between this computer's folder and a shared database overwrote this end. */
  | { kind: 'copying'; from: 'local' | 'database' }
  /** Words no rule above reads (written by hand or by another program): shown as written. */
  | { kind: 'other'; words: string };

/** The reason in English words: what a store writes, what the command line prints. */
export function backupReasonWords(reason: BackupReason): string {
  switch (reason.kind) {
    case 'manual':
      return 'manual';
    case 'delete-zone':
      return `delete zone ${reason.id}`;
    case 'delete-indicator':
      return `delete indicator ${reason.id}`;
    case 'importing':
      return `before importing ${reason.file}`;
    case 'undoing-import':
      return `before undoing import ${reason.importId}`;
    case 'restoring':
      return `before restoring backup ${reason.backupId}`;
    case 'upgrading':
      return `before upgrading the dataset from schema version ${reason.from} to ${reason.to}`;
    case 'copying':
      return reason.from === 'local'
        ? "before copying this computer's data"
        : "before copying the shared database's data";
    case 'other':
      return reason.words;
  }
}

const READERS: readonly [RegExp, (match: RegExpExecArray) => BackupReason][] = [
  [/^manual$/, () => ({ kind: 'manual' })],
  [/^delete zone (.+)$/, ([, id]) => ({ kind: 'delete-zone', id: id! })],
  [/^delete indicator (.+)$/, ([, id]) => ({ kind: 'delete-indicator', id: id! })],
  [/^before importing (.+)$/, ([, file]) => ({ kind: 'importing', file: file! })],
  [/^before undoing import (.+)$/, ([, importId]) => ({ kind: 'undoing-import', importId: importId! })],
  [/^before restoring backup (.+)$/, ([, backupId]) => ({ kind: 'restoring', backupId: backupId! })],
  [/^before copying this computer's data$/, () => ({ kind: 'copying', from: 'local' })],
  [/^before copying the shared database's data$/, () => ({ kind: 'copying', from: 'database' })],
  [
    /^before upgrading the dataset from schema version (\d+) to (\d+)$/,
    ([, from, to]) => ({ kind: 'upgrading', from: Number(from), to: Number(to) }),
  ],
];

/** The reason a store holds in words, back as data; `other` for words no rule reads. */
export function readBackupReason(words: string): BackupReason {
  for (const [pattern, read] of READERS) {
    const match = pattern.exec(words);
    if (match) return read(match);
  }
  return { kind: 'other', words };
}
