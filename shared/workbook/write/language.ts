import type { Language } from '../../model';
import { displayName, type Basis } from '../../model';

export type { Language };

/** A zone's or an indicator's name in the chosen language; the English name when no Chinese one is set. */
export function nameIn(language: Language, entry: { name: string; nameZh: string }): string {
  return displayName(entry, language);
}

const BASIS_LABELS: Record<Language, Record<Basis, string>> = {
  en: { month: 'month', ytd: 'year to date' },
  zh: { month: '当月', ytd: '累计' },
};

export function basisLabel(language: Language, basis: Basis): string {
  return BASIS_LABELS[language][basis];
}
