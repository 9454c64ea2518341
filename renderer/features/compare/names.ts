import type { Language } from '../../../shared/api';

/** A zone's or indicator's name in the UI language; the English name when no Chinese one is set. */
export function displayName(entry: { name: string; nameZh: string }, language: Language): string {
  return language === 'zh' && entry.nameZh.trim() !== '' ? entry.nameZh : entry.name;
}
