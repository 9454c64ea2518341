import type { ImportPreview } from '../../../../shared/api';

export const WIZARD_STEPS = ['file', 'source', 'mapping', 'problems', 'changes', 'report'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** Which steps can be visited: the middle ones need a preview, the report needs a finished commit. */
export function reachableSteps(preview: ImportPreview | null, hasReport: boolean): Set<WizardStep> {
  if (hasReport) return new Set(['report']);
  if (!preview) return new Set(['file']);
  return new Set(['file', 'source', 'mapping', 'problems', 'changes']);
}

export function neighbour(step: WizardStep, offset: -1 | 1): WizardStep | null {
  return WIZARD_STEPS[WIZARD_STEPS.indexOf(step) + offset] ?? null;
}
