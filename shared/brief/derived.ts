import { roundTo } from '../metrics';
import type { BriefStatement } from './types';

/**
 * Figures a statement implies about its benchmark (docs/briefs.md §2): 高于全市(13%) states the
 * benchmark's growth; a gap alone implies it as yoy − gap, marked derived. Both cite the sentence.
 */
export function benchmarkStatements(statement: BriefStatement): BriefStatement[] {
  const stated = statement.claims.find((claim) => claim.kind === 'benchmark_yoy_pct' && claim.against !== null);
  const base = {
    span: statement.span,
    text: statement.text,
    indicator: statement.indicator,
    period: statement.period,
    basis: statement.basis,
    value: null,
    unit: null,
    claims: [],
  };
  if (stated)
    return [{ ...base, zone: stated.against, yoyPct: stated.figure, yoyDecimals: stated.decimals, derived: false }];
  const gap = statement.claims.find((claim) => claim.kind === 'gap_pp' && claim.against !== null);
  if (!gap || statement.yoyPct === null || statement.yoyDecimals === null) return [];
  const decimals = Math.max(gap.decimals, statement.yoyDecimals);
  return [
    {
      ...base,
      zone: gap.against,
      yoyPct: roundTo(statement.yoyPct - gap.figure, decimals),
      yoyDecimals: decimals,
      derived: true,
    },
  ];
}
