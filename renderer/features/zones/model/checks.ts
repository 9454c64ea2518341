import { ID_PATTERN } from '../../../../shared/model';
import type { FieldMessage } from './field-errors';

/** The same limits as the model's schemas, checked as the user types so errors show in place. */
export const NAME_MAX = 200;
export const UNIT_MAX = 40;

export function idProblem(id: string): FieldMessage | undefined {
  if (id.trim() === '') return { key: 'idRequired' };
  if (!ID_PATTERN.test(id.trim())) return { key: 'idPattern' };
  return undefined;
}

export function requiredNameProblem(name: string): FieldMessage | undefined {
  if (name.trim() === '') return { key: 'nameRequired' };
  return lengthProblem(name, NAME_MAX);
}

export function lengthProblem(text: string, max: number): FieldMessage | undefined {
  return text.trim().length > max ? { key: 'tooLong', max } : undefined;
}

/** An optional number typed by the user: '' is none, anything else must parse. */
export function parseOptionalNumber(text: string): { ok: true; value: number | null } | { ok: false } {
  const trimmed = text.trim().replace(/[−–]/g, '-').replace(/%$/, '').trim();
  if (trimmed === '') return { ok: true, value: null };
  const value = Number(trimmed);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}
