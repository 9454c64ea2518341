import { describe, expect, it } from 'vitest';
import { backupReasonText } from '../../../renderer/features/settings/backup-reason';
import { createI18n } from '../../../renderer/i18n';
import { formatBytes } from '../../../renderer/i18n/format';

describe('texts of the Settings screen', () => {
  it('puts the store’s backup reasons into words, in both languages', async () => {
    const en = await createI18n('en');
    const zh = await createI18n('zh');
    expect(backupReasonText('delete zone baotou-ree', en.t)).toBe('Before deleting zone baotou-ree');
    expect(backupReasonText('before importing 2025年5月.xlsx', zh.t)).toBe('导入 2025年5月.xlsx 之前');
    expect(backupReasonText('a reason nobody wrote a text for', zh.t)).toBe('a reason nobody wrote a text for');
  });

  it('writes sizes in the unit that reads best', async () => {
    const { t } = await createI18n('en');
    expect(formatBytes(0, t, 'en')).toBe('0 B');
    expect(formatBytes(1023, t, 'en')).toBe('1,023 B');
    expect(formatBytes(1536, t, 'en')).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 * 1024, t, 'en')).toBe('5 MB');
  });
});
