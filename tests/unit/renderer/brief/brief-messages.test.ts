import { describe, expect, it } from 'vitest';
import { briefEn } from '../../../../renderer/features/brief/i18n/en';
import { briefZh } from '../../../../renderer/features/brief/i18n/zh';
import { emptyKeys, leaves, placeholderMismatches, untranslatedKeys } from '../support/message-parity';

describe('the Brief screen’s English and Chinese strings', () => {
  const english = leaves(briefEn);
  const chinese = leaves(briefZh);

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
    const sameInBoth = new Set<string>(['statements.separator']);
    const untranslated = untranslatedKeys(chinese, sameInBoth);
    expect(untranslated).toEqual([]);
  });
});
