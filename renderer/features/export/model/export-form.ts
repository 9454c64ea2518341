import type { ExportSelection, Language } from '../../../../shared/api';
import type { Basis, Period } from '../../../../shared/model';

/** The Export screen's choices as the user makes them. */
export interface ExportForm {
  periodMode: 'all' | 'one';
  period: Period | null;
  basis: Basis | 'both';
  zoneMode: 'all' | 'some';
  zoneIds: string[];
  language: Language;
  /** As typed: checked before it becomes a number. */
  threshold: string;
}

export type FormCheck =
  { ok: true; selection: ExportSelection } | { ok: false; problem: 'noZones' | 'thresholdInvalid' };

/** The form as an export selection, or why it is not one yet. */
export function selectionOf(form: ExportForm): FormCheck {
  const threshold = Number(form.threshold.trim().replace('−', '-'));
  if (form.threshold.trim() === '' || !Number.isFinite(threshold) || threshold < -100 || threshold > 1000)
    return { ok: false, problem: 'thresholdInvalid' };
  if (form.zoneMode === 'some' && form.zoneIds.length === 0) return { ok: false, problem: 'noZones' };
  const selection: ExportSelection = { language: form.language, threshold };
  if (form.periodMode === 'one' && form.period) selection.period = form.period;
  if (form.basis !== 'both') selection.basis = form.basis;
  if (form.zoneMode === 'some') selection.zoneIds = form.zoneIds;
  return { ok: true, selection };
}
