import { z } from 'zod';
import { controlCharacterProblem } from './text';

/**
 * A zone's or an indicator's name in a language (`zh`, `zh-CN`, `en`…): the Chinese name in
 * Chinese when one is set, else the English name, else (an imported entry not yet translated) the Chinese one.
 */
export function displayName(entity: { name: string; nameZh: string }, language: string): string {
  const english = entity.name.trim() !== '' ? entity.name : entity.nameZh;
  return language.startsWith('zh') && entity.nameZh.trim() !== '' ? entity.nameZh : english;
}

/** Zones and indicators need a name in one language at least; an import may leave the English one empty. */
export function hasAName(entity: { name: string; nameZh: string }): boolean {
  return entity.name.trim() !== '' || entity.nameZh.trim() !== '';
}

/** A zone's or an indicator's name (and a zone's region) as stored: trimmed, at most 200 characters, no control characters. */
export const EntryNameSchema = z
  .string()
  .trim()
  .max(200)
  .refine((name) => controlCharacterProblem(name) === null, {
    error: (issue) => controlCharacterProblem(String(issue.input)) ?? 'a name may not hold control characters',
  });
