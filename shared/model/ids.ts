import { z } from 'zod';

/**
 * Ids are short codes a user can type and a file can carry. They start with a letter or digit,
 * so names such as `__proto__` or `constructor`-like keys from untrusted files never become ids.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export const IdSchema = z.string().regex(ID_PATTERN, 'expected an id of letters, digits, "-", "_" or "." (at most 64)');

/** A readable id from a name: `Baotou Rare Earth Zone` → `baotou-rare-earth-zone`. */
export function idFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
  return slug;
}
