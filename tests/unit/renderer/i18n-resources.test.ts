import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/en';
import { zh } from '../../../renderer/i18n/zh';

type Tree = { [key: string]: string | Tree };

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

describe('the English and Chinese strings', () => {
  const english = leaves(en);
  const chinese = leaves(zh);

  it('have exactly the same keys', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('leave no string empty', () => {
    const empty = [...english, ...chinese].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = [...english].filter(([key, text]) => placeholders(text).join() !== placeholders(chinese.get(key) ?? '').join()).map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it('are translated: the Chinese UI text is Chinese', () => {
    // Names of languages, units and the product name read the same in both.
    const sameInBoth = new Set(['app.name', 'languages.en', 'languages.zh', 'common.notSet', 'units.bytes', 'units.kilobytes', 'units.megabytes', 'units.gigabytes']);
    const untranslated = [...chinese].filter(([key, text]) => !sameInBoth.has(key) && !/[\u4e00-\u9fff]/.test(text)).map(([key]) => key);
    expect(untranslated).toEqual([]);
  });
});
