import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/en';
import { zh } from '../../../renderer/i18n/zh';
import { emptyKeys, leaves, placeholderMismatches, untranslatedKeys } from './support/message-parity';

describe('the English and Chinese strings', () => {
  const english = leaves(en);
  const chinese = leaves(zh);

  it('have exactly the same keys', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('leave no string empty', () => {
    const empty = emptyKeys(english, chinese);
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = placeholderMismatches(english, chinese);
    expect(mismatched).toEqual([]);
  });

  it('are translated: the Chinese UI text is Chinese', () => {
    // Names of languages, units and the product name read the same in both.
    const sameInBoth = new Set([
      'app.name',
      'languages.en',
      'languages.zh',
      'common.notSet',
      'units.bytes',
      'units.kilobytes',
      'units.megabytes',
      'units.gigabytes',
    ]);
    const untranslated = untranslatedKeys(chinese, sameInBoth);
    expect(untranslated).toEqual([]);
  });
});
