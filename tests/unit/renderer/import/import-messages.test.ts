import { describe, expect, it } from 'vitest';
import { importEn } from '../../../../renderer/features/import/i18n/en';
import { importZh } from '../../../../renderer/features/import/i18n/zh';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') found.set(path, value);
    else for (const [inner, text] of leaves(value, `${path}.`)) found.set(inner, text);
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();

describe('the import wizard’s English and Chinese strings', () => {
  const english = leaves(importEn);
  const chinese = leaves(importZh);

  it('have exactly the same keys, none empty', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
    expect([...english, ...chinese].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = [...english].filter(([key, text]) => placeholders(text).join() !== placeholders(chinese.get(key) ?? '').join()).map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it('are translated: the Chinese text is Chinese', () => {
    // Symbols that read the same in both languages.
    const sameInBoth = new Set(['changes.noValue', 'changes.figure', 'file.current', 'progress.count']);
    const untranslated = [...chinese].filter(([key, text]) => !sameInBoth.has(key) && !/[\u4e00-\u9fff]/.test(text)).map(([key]) => key);
    expect(untranslated).toEqual([]);
  });
});
