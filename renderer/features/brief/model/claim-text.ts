import type { CheckedClaim, MissingFigure } from '../../../../shared/brief';
import type { Indicator, Zone } from '../../../../shared/model';
import type { TFunction } from 'i18next';
import { nameOf } from '../../../i18n/names';

export interface Names {
  zones: readonly Zone[];
  indicators: readonly Indicator[];
  language: string;
}

function missingText(t: TFunction<'brief'>, missing: MissingFigure, names: Names): string {
  const what = [
    nameOf(names.zones, missing.zoneId ?? '', names.language),
    nameOf(names.indicators, missing.indicatorId ?? '', names.language),
    missing.period ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  return t(`claims.missing.${missing.kind}`, {
    phrase: missing.phrase ?? '',
    what,
    from: missing.period ?? '',
    until: missing.until ?? '',
  });
}

/** The claim as the brief states it. */
export function claimHeadline(t: TFunction<'brief'>, claim: CheckedClaim): string {
  return t(`claims.kinds.${claim.kind}`, { figure: claim.figure, against: claim.against ?? '—' });
}

/** Why it agrees, disagrees (both figures and the arithmetic) or cannot be checked (what is missing). */
export function claimDetail(t: TFunction<'brief'>, claim: CheckedClaim, names: Names): string {
  if (claim.check === 'cannot check')
    return t('claims.lacks', { missing: claim.missing.map((missing) => missingText(t, missing, names)).join('; ') });
  const arithmetic = claim.arithmetic!;
  return arithmetic.expression
    ? t('claims.arithmetic', {
        expression: arithmetic.expression,
        rounded: arithmetic.rounded,
        published: arithmetic.published,
      })
    : t('claims.computed', { rounded: arithmetic.rounded, published: arithmetic.published });
}
