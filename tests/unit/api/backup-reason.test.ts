import { describe, expect, it } from 'vitest';
import { backupReasonWords, readBackupReason, type BackupReason } from '../../../shared/api';

describe('backup reasons: data in the contract, words at rest', () => {
  it('reads back every reason from the words a store keeps, including those of earlier versions', () => {
    const reasons: [BackupReason, string][] = [
      [{ kind: 'manual' }, 'manual'],
      [{ kind: 'delete-zone', id: 'baotou-ree' }, 'delete zone baotou-ree'],
      [{ kind: 'delete-indicator', id: 'iav' }, 'delete indicator iav'],
      [{ kind: 'importing', file: '2025年5月.xlsx' }, 'before importing 2025年5月.xlsx'],
      [{ kind: 'undoing-import', importId: 'imp-1' }, 'before undoing import imp-1'],
      [{ kind: 'restoring', backupId: '20261130T030532426Z' }, 'before restoring backup 20261130T030532426Z'],
      [{ kind: 'upgrading', from: 0, to: 1 }, 'before upgrading the dataset from schema version 0 to 1'],
    ];
    for (const [reason, words] of reasons) {
      expect(backupReasonWords(reason)).toBe(words);
      expect(readBackupReason(words)).toEqual(reason);
    }
  });

  it('keeps words no rule reads as written', () => {
    expect(readBackupReason('before a hand-made copy')).toEqual({ kind: 'other', words: 'before a hand-made copy' });
    expect(readBackupReason('delete zone')).toEqual({ kind: 'other', words: 'delete zone' });
  });
});
