import { z } from 'zod';
import { controlCharacterProblem } from './text';

/**
 * Other names a zone or indicator is written under (规上工业增加值 for 规模以上工业增加值, 北京 for
 * 北京市): import and brief reading resolve them as they resolve the names.
 */
export const AliasesSchema = z
  .array(
    z
      .string()
      .trim()
      .min(1)
      .max(200)
      .refine((alias) => controlCharacterProblem(alias) === null, {
        error: (issue) => controlCharacterProblem(String(issue.input)) ?? 'an alias may not hold control characters',
      }),
  )
  .max(100)
  // Optional rather than defaulted, so entries built in code before aliases existed stay valid: read them with aliasesOf.
  .optional();

/** No aliases: an entry stored before aliases existed, or one built without. */
export function aliasesOf(entry: { aliases?: string[] | undefined }): string[] {
  return entry.aliases ?? [];
}

/** How a workbook cell or a text field writes them: `;`-separated (a full-width `；` too). */
export const ALIAS_SEPARATOR = '; ';

export function parseAliases(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(/[;；]/)) {
    const alias = part.trim();
    if (alias !== '') seen.add(alias);
  }
  return [...seen];
}

export function formatAliases(aliases: readonly string[]): string {
  return aliases.join(ALIAS_SEPARATOR);
}

/** The aliases with one more, unless it is already there (or is the entry's own name). */
export function withAlias(
  entry: { aliases?: string[] | undefined; id: string; name: string; nameZh: string },
  alias: string,
): string[] {
  const known = aliasesOf(entry);
  const trimmed = alias.trim();
  if (trimmed === '' || [entry.id, entry.name, entry.nameZh, ...known].some((name) => name.trim() === trimmed))
    return known;
  return [...known, trimmed];
}
