/** Checks that two languages of one set of UI strings match: the same keys and placeholders, nothing empty, nothing left untranslated. */

export type MessageTree = { readonly [key: string]: string | MessageTree };

/** Every string of a nested message tree by its dotted key: `toolbar.period`. */
export function leaves(tree: MessageTree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') found.set(path, value);
    else for (const [inner, text] of leaves(value, `${path}.`)) found.set(inner, text);
  }
  return found;
}

/** The i18next placeholders a string uses (`{{count}}`), sorted. */
export const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();

export function emptyKeys(...languages: Map<string, string>[]): string[] {
  return languages
    .flatMap((strings) => [...strings])
    .filter(([, text]) => text.trim() === '')
    .map(([key]) => key);
}

/** Keys whose translation uses other placeholders than the English string. */
export function placeholderMismatches(english: Map<string, string>, other: Map<string, string>): string[] {
  return [...english]
    .filter(([key, text]) => placeholders(text).join() !== placeholders(other.get(key) ?? '').join())
    .map(([key]) => key);
}

/** Chinese strings without a single Chinese character, except those meant to read the same in both. */
export function untranslatedKeys(chinese: Map<string, string>, sameInBoth: ReadonlySet<string>): string[] {
  return [...chinese]
    .filter(([key, text]) => !sameInBoth.has(key) && !/[\u4e00-\u9fff]/.test(text))
    .map(([key]) => key);
}
