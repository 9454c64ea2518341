import type { AppError } from '../../../../shared/api';

/** Client-side checks name a translation key; the store's own refusals may bring their text. */
export type ValidationKey =
  'idRequired' | 'idPattern' | 'nameRequired' | 'tooLong' | 'notANumber' | 'rangeOrder' | 'idTaken';
export type FieldMessage = { key: ValidationKey; max?: number } | { text: string };
export type FieldErrors<F extends string> = Partial<Record<F, FieldMessage>>;

export function hasErrors<F extends string>(errors: FieldErrors<F>): boolean {
  return Object.keys(errors).length > 0;
}

export interface ServerErrors<F extends string> {
  fields: FieldErrors<F>;
  /** Problems without a field of this form (or none at all): shown above the buttons. */
  unplaced: string[];
}

/**
 * Places the API's problems (`zone.id`, `indicator.plausibleYoyMax`) next to their fields. A taken
 * id is the one refusal a user meets often, so it gets a translated message.
 */
export function serverErrors<F extends string>(
  error: AppError,
  entity: 'zone' | 'indicator',
  fields: readonly F[],
): ServerErrors<F> {
  const result: ServerErrors<F> = { fields: {}, unplaced: [] };
  for (const problem of error.problems ?? []) {
    const [head, field] = (problem.place ?? '').split('.');
    if (head === entity && field && (fields as readonly string[]).includes(field)) {
      const message: FieldMessage =
        error.code === 'conflict' && field === 'id' ? { key: 'idTaken' } : { text: problem.message };
      result.fields[field as F] ??= message;
    } else {
      result.unplaced.push(problem.message);
    }
  }
  if (!error.problems?.length) result.unplaced.push(error.message);
  return result;
}
