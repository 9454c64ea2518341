import { z } from 'zod';
import { IdSchema } from './ids';
import { stripControlCharacters } from './text';
import { BasisSchema, PeriodSchema, type Basis, type Period } from './period';

/**
 * No published statistic comes near this (a zone's output in 万元 is below 10^10): a larger figure
 * is a typing or file error, and would make every metric computed from it meaningless.
 */
export const MAX_FIGURE_MAGNITUDE = 1e15;

export function isPlausibleMagnitude(value: number): boolean {
  return Math.abs(value) <= MAX_FIGURE_MAGNITUDE;
}

const FiniteOrNull = z
  .number()
  .finite()
  .refine(
    isPlausibleMagnitude,
    `implausible: beyond any published figure (at most ${MAX_FIGURE_MAGNITUDE.toExponential()} in magnitude)`,
  )
  .nullable();
/** Notes and sources: control characters that could drive a terminal are removed (tab and newline stay). */
const TextSchema = z
  .string()
  .max(2000)
  .transform((text) => stripControlCharacters(text).text);

export const RevisionSchema = z.object({
  value: FiniteOrNull,
  yoyPct: FiniteOrNull,
  source: TextSchema,
  note: TextSchema,
  /** ISO time at which this version was replaced. */
  replacedAt: z.string(),
});
export type Revision = z.infer<typeof RevisionSchema>;

export const ObservationKeySchema = z.object({
  zoneId: IdSchema,
  indicatorId: IdSchema,
  period: PeriodSchema,
  basis: BasisSchema,
});
export type ObservationKey = z.infer<typeof ObservationKeySchema>;

const observationFields = {
  ...ObservationKeySchema.shape,
  /** In the indicator's unit. */
  value: FiniteOrNull,
  /** The published year-on-year growth in %: primary data, never overwritten by a computed rate. */
  yoyPct: FiniteOrNull,
  source: TextSchema.default(''),
  note: TextSchema.default(''),
};

function hasAFigure(o: { value: number | null; yoyPct: number | null }): boolean {
  return o.value !== null || o.yoyPct !== null;
}
const NEEDS_A_FIGURE = { message: 'an observation needs a value or a published YoY %', path: ['value'] };

/** What a user or an import supplies. */
export const ObservationInputSchema = z.object(observationFields).refine(hasAFigure, NEEDS_A_FIGURE);
export type ObservationInput = z.input<typeof ObservationInputSchema>;

/** What the store keeps: the input plus when it last changed and its earlier versions. */
export const ObservationSchema = z
  .object({
    ...observationFields,
    updatedAt: z.string(),
    history: z.array(RevisionSchema).default([]),
  })
  .refine(hasAFigure, NEEDS_A_FIGURE);
export type Observation = z.infer<typeof ObservationSchema>;

/** `zone|indicator|period|basis`: the one text that names an observation (made without an array of its parts). */
export function observationKey(o: { zoneId: string; indicatorId: string; period: Period; basis: Basis }): string {
  return `${o.zoneId}|${o.indicatorId}|${o.period}|${o.basis}`;
}

export function sameFigures(
  a: Pick<Observation, 'value' | 'yoyPct' | 'source' | 'note'>,
  b: Pick<Observation, 'value' | 'yoyPct' | 'source' | 'note'>,
): boolean {
  return a.value === b.value && a.yoyPct === b.yoyPct && a.source === b.source && a.note === b.note;
}

/**
 * The history of an observation never revised: one frozen array shared by all of them, as a store
 * holds hundreds of thousands (nothing edits a history in place; a revision makes a new one).
 */
export const NO_REVISIONS = Object.freeze([]) as unknown as Revision[];

/** A stored observation with new figures: the ones it had go into its history, replaced at `at`. */
export function revisedObservation(
  before: Observation,
  figures: Omit<Observation, 'updatedAt' | 'history'>,
  at: string,
): Observation {
  const { value, yoyPct, source, note } = before;
  return { ...figures, updatedAt: at, history: [...before.history, { value, yoyPct, source, note, replacedAt: at }] };
}
