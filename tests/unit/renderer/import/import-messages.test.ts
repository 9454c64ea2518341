import { describe, expect, it } from 'vitest';
import { importEn } from '../../../../renderer/features/import/i18n/en';
import { importZh } from '../../../../renderer/features/import/i18n/zh';
import { emptyKeys, leaves, placeholderMismatches, untranslatedKeys } from '../support/message-parity';

describe('the import wizard’s English and Chinese strings', () => {
  const english = leaves(importEn);
  const chinese = leaves(importZh);

  it('have exactly the same keys, none empty', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
    expect(emptyKeys(english, chinese)).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = placeholderMismatches(english, chinese);
    expect(mismatched).toEqual([]);
  });

  it('are translated: the Chinese text is Chinese', () => {
    // Symbols that read the same in both languages.
    const sameInBoth = new Set(['changes.noValue', 'changes.figure', 'file.current', 'progress.count']);
    const untranslated = untranslatedKeys(chinese, sameInBoth);
    expect(untranslated).toEqual([]);
  });
});
