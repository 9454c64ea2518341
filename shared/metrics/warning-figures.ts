import type { Indicator } from '../model';
import { displayName } from '../model';
import type { Language } from '../model';
import { formatGrowth, formatOneDecimal } from './format';
import { sumText, warningFigure, type MetricWarning } from './warning';

/**
 * The figures a warning's sentence shows, formatted once for every screen and the workbook (each
 * words them in its own i18n): the sum with its terms named in the reader's language, and the
 * growths in % or, for a rate, in pp.
 */
export interface WarningFigures {
  /** `Rare earth 5.07 + New energy 7.10 = 12.17`. */
  sum: string;
  found: string;
  expected: string;
  /** The components concerned, named, comma-separated. */
  components: string;
}

export function warningFigures(
  warning: MetricWarning,
  indicators: readonly Indicator[],
  language: Language,
): WarningFigures {
  return warningFiguresWriter(indicators, language)(warning);
}

/** `warningFigures` for many warnings: the indicators are looked up by id once, not once per warning. */
export function warningFiguresWriter(
  indicators: readonly Indicator[],
  language: Language,
): (warning: MetricWarning) => WarningFigures {
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const nameOf = (id: string): string => {
    const indicator = byId.get(id);
    return indicator ? displayName(indicator, language) : id;
  };
  return (warning) => {
    const kind = byId.get(warning.indicatorId)?.kind ?? 'flow';
    return {
      ...foundAndExpected(warning, (value) => formatGrowth(value, kind, language)),
      sum: sumText(warning.terms, warning.found, nameOf),
      components: warning.componentIds.map(nameOf).join(', '),
    };
  };
}

function foundAndExpected(
  warning: MetricWarning,
  growth: (value: number) => string,
): Pick<WarningFigures, 'found' | 'expected'> {
  switch (warning.kind) {
    case 'component-shares-exceed-parent':
    case 'parent-prior-not-positive':
      return { found: warningFigure(warning.found), expected: formatOneDecimal(warning.expected) };
    case 'contributions-exceed-parent-growth':
      return { found: warningFigure(warning.found), expected: growth(warning.expected) };
    case 'published-differs-from-computed':
      return { found: growth(warning.found), expected: growth(warning.expected) };
  }
}
