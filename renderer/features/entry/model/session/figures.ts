import type { Observation, ObservationField, ObservationInput, ObservationKey } from '../../../../../shared/model';

/** What a user edits of one observation. */
export interface Figures {
  value: number | null;
  yoyPct: number | null;
  source: string;
  note: string;
}

export type FigureField = ObservationField;
export type TextField = 'source' | 'note';
export type EntryField = FigureField | TextField;

export const EMPTY_FIGURES: Figures = { value: null, yoyPct: null, source: '', note: '' };

export function figuresOf(observation: Pick<Observation, 'value' | 'yoyPct' | 'source' | 'note'>): Figures {
  return { value: observation.value, yoyPct: observation.yoyPct, source: observation.source, note: observation.note };
}

export function hasFigure(figures: Figures | null): figures is Figures {
  return figures !== null && (figures.value !== null || figures.yoyPct !== null);
}

export function sameFigures(a: Figures | null, b: Figures | null): boolean {
  if (a === null || b === null) return a === b;
  return a.value === b.value && a.yoyPct === b.yoyPct && a.source === b.source && a.note === b.note;
}

/**
 * One field changed. An observation must keep a value or a growth figure, so clearing the last
 * one removes it (the store keeps the removed version); `null` stands for "no observation".
 */
export function withField(current: Figures | null, field: EntryField, next: number | string | null): Figures | null {
  const updated = { ...(current ?? EMPTY_FIGURES), [field]: next } as Figures;
  return hasFigure(updated) ? updated : null;
}

export function inputOf(key: ObservationKey, figures: Figures): ObservationInput {
  return { ...key, ...figures };
}
