import { describe, expect, it } from 'vitest';
import { importEn } from '../../../../renderer/features/import/i18n/en';
import { importZh } from '../../../../renderer/features/import/i18n/zh';
import { IMPORT_PROBLEM_CODES } from '../../../../shared/api';
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
    const sameInBoth = new Set(['changes.noValue', 'changes.figure', 'changes.kind', 'file.current', 'progress.count']);
    const untranslated = untranslatedKeys(chinese, sameInBoth);
    expect(untranslated).toEqual([]);
  });
});

describe('every import problem code', () => {
  it('has an English and a Chinese text, and no text is left without a code', () => {
    const english = importEn.problemCodes as Record<string, string>;
    const chinese = importZh.problemCodes as Record<string, string>;
    const missing = IMPORT_PROBLEM_CODES.filter(
      (code) => !english[code]?.trim() || !/[\u4e00-\u9fff]/u.test(chinese[code] ?? ''),
    );
    expect(missing).toEqual([]);
    expect(Object.keys(english).sort()).toEqual([...IMPORT_PROBLEM_CODES].sort());
  });
});
