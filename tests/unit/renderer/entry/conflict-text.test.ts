import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../../shared/api';
import { conflictText } from '../../../../renderer/features/entry/model/workspace/conflict-text';
import { createI18n } from '../../../../renderer/i18n';
import type { TFunction } from 'i18next';

async function entryText(language: 'en' | 'zh'): Promise<TFunction<'entry'>> {
  const instance = await createI18n(language);
  return instance.getFixedT(language, 'entry');
}

// 2026-11-30 09:05 in the test's own time zone, whatever it is.
const at = new Date(2026, 10, 30, 9, 5).toISOString();
const conflict: AppError = {
  code: 'conflict',
  message: '1 figure(s) were changed by another user since you read them; nothing was saved',
  details: { conflicts: 1, key: 'z1|iav|2025-05|ytd', theirs: '1100', mine: '1200', changedBy: 'ada', changedAt: at },
};

describe('a save conflict on the entry screen', () => {
  it('names both figures and who made the other, in English', async () => {
    expect(conflictText(await entryText('en'), conflict)).toBe(
      'Not saved: ada changed this figure to 1100 at 2026-11-30 09:05 (you entered 1200). Their figure is shown now; enter yours again to replace it.',
    );
  });

  it('names a cleared figure in words, not as a number', async () => {
    const cleared: AppError = { ...conflict, details: { ...conflict.details, mine: 'removed' } };
    expect(conflictText(await entryText('en'), cleared)).toContain('(you entered nothing (cleared))');
    expect(conflictText(await entryText('zh'), cleared)).toContain('（您输入的是 空（已清除））');
  });

  it('and in Chinese', async () => {
    expect(conflictText(await entryText('zh'), conflict)).toBe(
      '未保存：ada 已于 2026-11-30 09:05 将此数字改为 1100（您输入的是 1200）。现显示对方的数字；如需替换，请重新输入。',
    );
  });
});
