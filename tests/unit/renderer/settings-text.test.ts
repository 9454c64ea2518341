import { describe, expect, it } from 'vitest';
import { backupIdTime, backupReasonText } from '../../../renderer/features/settings/model/backup-reason';
import { createI18n } from '../../../renderer/i18n';
import { readBackupReason } from '../../../shared/api';
import { formatBytes, formatDateTime } from '../../../renderer/i18n/format';

describe('texts of the Settings screen', () => {
  it('puts the store’s backup reasons into words, in both languages', async () => {
    const en = await createI18n('en');
    const zh = await createI18n('zh');
    expect(backupReasonText(readBackupReason('delete zone baotou-ree'), en.t, 'en')).toBe(
      'Before deleting zone baotou-ree',
    );
    expect(backupReasonText(readBackupReason('before importing 2025年5月.xlsx'), zh.t, 'zh')).toBe(
      '导入 2025年5月.xlsx 之前',
    );
    expect(backupReasonText(readBackupReason('a reason nobody wrote a text for'), zh.t, 'zh')).toBe(
      'a reason nobody wrote a text for',
    );
  });

  it('names a restored backup by its time, not its id, and a backup taken by hand as such', async () => {
    const zh = await createI18n('zh');
    const en = await createI18n('en');
    // The store's ids are the UTC time compacted: 2026-11-30 03:05:32.426.
    expect(backupIdTime('20261130T030532426Z')).toBe('2026-11-30T03:05:32.426Z');
    expect(backupIdTime('not-a-time')).toBeNull();
    const zhText = backupReasonText(readBackupReason('before restoring backup 20261130T030532426Z'), zh.t, 'zh');
    expect(zhText).toBe(`恢复 ${formatDateTime('2026-11-30T03:05:32.426Z', 'zh')} 的备份之前`);
    expect(zhText).not.toContain('20261130T');
    expect(formatDateTime('2026-11-30T03:05:32.426Z', 'zh')).toMatch(/^2026年11月\d+日 \d\d:\d\d$/);
    expect(backupReasonText(readBackupReason('manual'), en.t, 'en')).toBe('Taken with Back up now');
    expect(backupReasonText(readBackupReason('manual'), zh.t, 'zh')).toBe('手动备份');
  });

  it('writes sizes in the unit that reads best', async () => {
    const { t } = await createI18n('en');
    expect(formatBytes(0, t, 'en')).toBe('0 B');
    expect(formatBytes(1023, t, 'en')).toBe('1,023 B');
    expect(formatBytes(1536, t, 'en')).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 * 1024, t, 'en')).toBe('5 MB');
  });
});
