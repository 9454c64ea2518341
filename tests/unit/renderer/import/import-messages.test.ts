import { describe, expect, it } from 'vitest';
import { importEn } from '../../../../renderer/features/import/i18n/en';
import { importZh } from '../../../../renderer/features/import/i18n/zh';
import { IMPORT_PROBLEM_CODES } from '../../../../shared/api';

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
