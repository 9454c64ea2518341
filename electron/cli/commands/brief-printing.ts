import type { BriefPreview } from '../../../shared/api';
import type { CheckedClaim, CheckedStatement, MissingFigure } from '../../../shared/brief';
import { formatNumber } from '../../../shared/metrics';

/** The object `--json` prints, exactly as docs/briefs.md §4 (and the spec) give it. */
export function briefJson(preview: Pick<BriefPreview, 'statements' | 'unread'>): unknown {
  return {
    statements: preview.statements.map((statement) => ({
      span: statement.span,
      text: statement.text,
      zone: statement.zone,
      zoneId: statement.zoneId,
      indicator: statement.indicator,
      indicatorId: statement.indicatorId,
      period: statement.period,
      basis: statement.basis,
      value: statement.value,
      unit: statement.value === null ? null : statement.unit,
      yoyPct: statement.yoyPct,
      derived: statement.derived,
      claims: statement.claims.map((claim) => ({
        kind: claim.kind,
        figure: claim.figure,
        against: claim.against,
        check: claim.check,
        computed: claim.computed,
      })),
    })),
    unread: preview.unread.map(({ span, text }) => ({ span, text })),
  };
}

const MARKS = { agrees: '✓', disagrees: '✗', 'cannot check': '?' } as const;

function missingText(missing: MissingFigure): string {
  const of = [missing.zoneId, missing.indicatorId, missing.period, missing.basis].filter(Boolean).join(' ');
  if (missing.kind === 'zone' || missing.kind === 'indicator')
    return `a ${missing.kind} of the catalog for "${missing.phrase ?? ''}"`;
  if (missing.kind === 'months')
    return `the growth of every month ${missing.period ?? ''}–${missing.until ?? ''} of ${[missing.zoneId, missing.indicatorId].join(' ')}`;
  if (missing.kind === 'group') return `the group "${missing.phrase ?? ''}" is not the zones the data ranks`;
  if (missing.kind === 'benchmark') return `a benchmark zone for ${missing.zoneId ?? ''}`;
  if (missing.kind === 'parent')
    return `a parent indicator of ${missing.indicatorId ?? ''}${missing.phrase ? ` named "${missing.phrase}"` : ''}`;
  if (missing.kind === 'threshold') return 'the growth the streak counts';
  return `the ${missing.kind} of ${of}`;
}

function claimLine(claim: CheckedClaim): string {
  const head = `    ${MARKS[claim.check]} ${claim.kind} ${formatNumber(claim.figure, Math.max(claim.decimals, 0))}${claim.against ? ` against ${claim.against}` : ''}`;
  if (claim.check === 'cannot check')
    return `${head}: cannot check, lacks ${claim.missing.map(missingText).join('; ')}`;
  const arithmetic = claim.arithmetic!;
  const how = arithmetic.expression
    ? `${arithmetic.expression} = ${formatNumber(arithmetic.rounded, Math.max(claim.decimals, 0))}`
    : formatNumber(arithmetic.rounded, Math.max(claim.decimals, 0));
  return `${head}: ${claim.check} (computed ${how})`;
}

function statementLine(statement: CheckedStatement): string {
  const zone = statement.zoneId ?? `"${statement.zone ?? ''}" (unresolved)`;
  const indicator = statement.indicatorId ?? `"${statement.indicator ?? ''}" (unresolved)`;
  const figures = [
    statement.value === null
      ? null
      : `value ${formatNumber(statement.value, 4, { trimZeros: true })}${statement.unit ? ` ${statement.unit}` : ''}`,
    statement.yoyPct === null
      ? null
      : `YoY ${formatNumber(statement.yoyPct, Math.max(statement.yoyDecimals ?? 1, 0))}%`,
  ].filter(Boolean);
  return `  ${statement.span[0] + 1}–${statement.span[1]}: ${zone} ${indicator} ${statement.period} ${statement.basis}${figures.length ? `: ${figures.join(', ')}` : ''}${statement.derived ? ' (derived)' : ''}`;
}

/** What a brief states and claims, one line each, then the sentences not read. */
export function briefLines(preview: BriefPreview): string[] {
  const lines = [
    `read ${preview.statements.length} statement${preview.statements.length === 1 ? '' : 's'}, ${preview.unread.length} sentence${preview.unread.length === 1 ? '' : 's'} unread; source "${preview.source}"`,
  ];
  for (const statement of preview.statements) lines.push(statementLine(statement), ...statement.claims.map(claimLine));
  for (const unread of preview.unread)
    lines.push(`  unread ${unread.span[0] + 1}–${unread.span[1]} (${unread.reason}): ${unread.text.trim()}`);
  const { added, changed, unchanged, conflicts } = preview.diff;
  lines.push(`  against the store: added ${added}, changed ${changed}, unchanged ${unchanged}, conflicts ${conflicts}`);
  return lines;
}
