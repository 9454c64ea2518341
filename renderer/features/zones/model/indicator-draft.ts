import type { Indicator, IndicatorKind } from '../../../../shared/model';
import { lengthProblem, parseOptionalNumber, UNIT_MAX } from './checks';
import type { FieldErrors } from './field-errors';
import { aliasesText, namesFromDraft, validateNames, type NamedDraft } from './named-draft';

export const INDICATOR_FIELDS = [
  'id',
  'name',
  'nameZh',
  'unit',
  'kind',
  'parentId',
  'required',
  'plausibleYoyMin',
  'plausibleYoyMax',
] as const;
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];

/** What the indicator form holds: numbers as typed text; '' stands for "no parent" and "no bound". */
export interface IndicatorDraft extends NamedDraft {
  unit: string;
  kind: IndicatorKind;
  parentId: string;
  required: boolean;
  plausibleYoyMin: string;
  plausibleYoyMax: string;
}

export function emptyIndicatorDraft(): IndicatorDraft {
  return {
    id: '',
    name: '',
    nameZh: '',
    unit: '',
    kind: 'flow',
    parentId: '',
    required: false,
    plausibleYoyMin: '',
    plausibleYoyMax: '',
    aliases: '',
    idEdited: false,
  };
}

export function draftFromIndicator(indicator: Indicator): IndicatorDraft {
  return {
    ...indicator,
    parentId: indicator.parentId ?? '',
    plausibleYoyMin: indicator.plausibleYoyMin === null ? '' : String(indicator.plausibleYoyMin),
    plausibleYoyMax: indicator.plausibleYoyMax === null ? '' : String(indicator.plausibleYoyMax),
    aliases: aliasesText(indicator),
    idEdited: true,
  };
}

export function validateIndicatorDraft(draft: IndicatorDraft): FieldErrors<IndicatorField> {
  const errors: FieldErrors<IndicatorField> = validateNames(draft);
  const unit = lengthProblem(draft.unit, UNIT_MAX);
  if (unit) errors.unit = unit;
  const min = parseOptionalNumber(draft.plausibleYoyMin);
  const max = parseOptionalNumber(draft.plausibleYoyMax);
  if (!min.ok) errors.plausibleYoyMin = { key: 'notANumber' };
  if (!max.ok) errors.plausibleYoyMax = { key: 'notANumber' };
  if (min.ok && max.ok && min.value !== null && max.value !== null && min.value > max.value) {
    errors.plausibleYoyMax = { key: 'rangeOrder' };
  }
  return errors;
}

/** Call only on a draft without errors. */
export function indicatorFromDraft(draft: IndicatorDraft): Indicator {
  const number = (text: string) => {
    const parsed = parseOptionalNumber(text);
    return parsed.ok ? parsed.value : null;
  };
  return {
    ...namesFromDraft(draft),
    unit: draft.unit.trim(),
    kind: draft.kind,
    parentId: draft.parentId === '' ? null : draft.parentId,
    required: draft.required,
    plausibleYoyMin: number(draft.plausibleYoyMin),
    plausibleYoyMax: number(draft.plausibleYoyMax),
  };
}
