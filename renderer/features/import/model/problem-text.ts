import type { ImportProblem } from '../../../../shared/api';
import { importEn } from '../i18n/en';
import type { TFunction } from 'i18next';

type FieldName = keyof typeof importEn.fields;
const isField = (name: unknown): name is FieldName => typeof name === 'string' && Object.hasOwn(importEn.fields, name);

/**
 * A problem in the UI's language: its code's text with its params (a field or kind named in the
 * UI's words), or the English message for the few readers' notes that have no code yet.
 */
export function problemText(problem: ImportProblem, t: TFunction<'import'>): { text: string; translated: boolean } {
  if (problem.code === undefined || !Object.hasOwn(importEn.problemCodes, problem.code))
    return { text: problem.message, translated: false };
  const params: Record<string, unknown> = { ...problem.params };
  for (const name of ['field', 'kind'])
    if (isField(params[name])) params[name] = t(`fields.${params[name] as FieldName}`);
  return { text: t(`problemCodes.${problem.code}`, params), translated: true };
}
