import { describe, expect, it } from 'vitest';
import { readBrief } from '../../../shared/brief';
import { SEED_BRIEF } from './seed-brief';

const ZONE = 'Baotou Rare Earth High-Tech Industrial Development Zone';
const MAY_YTD = { period: '2025-05', basis: 'ytd' };

describe('readBrief on the seed brief (English, spec §5)', () => {
  const reading = readBrief(SEED_BRIEF);
  const figures = reading.statements.map(({ zone, indicator, period, basis, value, unit, yoyPct, derived }) => ({
    zone,
    indicator,
    period,
    basis,
    value,
    unit,
    yoyPct,
    derived,
  }));

  it('gives every figure of the brief as a statement, in the order written, January–May 2025 year to date', () => {
    const stated = (indicator: string, yoyPct: number, value: number | null = null, unit: string | null = null) => ({
      zone: ZONE,
      indicator,
      ...MAY_YTD,
      value,
      unit,
      yoyPct,
      derived: false,
    });
    expect(figures).toEqual([
      stated('industrial added value', 14.8),
      stated('Rare earth industries', 16.9),
      stated('New energy sector', 38),
      stated('Industrial added value above designated size', 14.8),
      // 14.8 % and "2.5 percentage points above the Baotou city average": the city grew 14.8 − 2.5 = 12.3 %.
      {
        zone: 'Baotou city',
        indicator: 'Industrial added value above designated size',
        ...MAY_YTD,
        value: null,
        unit: null,
        yoyPct: 12.3,
        derived: true,
      },
      stated('value added by rare earth industries', 16.9),
      stated('new energy sector', 38),
      stated('Rare earth magnetic materials production', 23.8, 15300, 't'),
      stated('Rare earth compounds', 14.6, 23100, 't'),
      stated('Single rare earth metals', 16, 2100, 't'),
    ]);
  });

  it('reads every claim: the gap, the 54th month of double-digit growth, both contributions', () => {
    const claims = reading.statements.flatMap((statement) =>
      statement.claims.map(({ kind, figure, decimals, against, threshold }) => ({
        kind,
        figure,
        decimals,
        against,
        threshold,
      })),
    );
    expect(claims).toEqual([
      { kind: 'gap_pp', figure: 2.5, decimals: 1, against: 'Baotou city', threshold: undefined },
      { kind: 'streak_months', figure: 54, decimals: 0, against: null, threshold: 10 },
      { kind: 'contribution_pp', figure: 5.4, decimals: 1, against: 'overall industrial growth', threshold: undefined },
      { kind: 'contribution_pp', figure: 7.1, decimals: 1, against: null, threshold: undefined },
    ]);
  });

  it('leaves no sentence with a figure unread, and keeps dates (June 25) and Q1 out of the figures', () => {
    expect(reading.unread).toEqual([]);
  });

  it('gives each statement the span of its sentence and each claim the span of its words', () => {
    const gap = reading.statements[3]!;
    expect(SEED_BRIEF.slice(...gap.span)).toMatch(
      /^Industrial added value above designated size surged 14\.8%.*double-digit growth\.$/,
    );
    expect(SEED_BRIEF.slice(...gap.claims[0]!.span)).toBe('2.5 percentage points above the Baotou city average');
    expect(SEED_BRIEF.slice(...gap.claims[1]!.span)).toBe('54th consecutive month');
    // The city's derived growth cites the sentence it comes from.
    expect(reading.statements[4]).toMatchObject({ derived: true, span: gap.span, text: gap.text });
  });
});

describe('readBrief: English wording', () => {
  it('reads "rose", "down", "percent", the first five months and a change in percentage points', () => {
    const text =
      "In the first five months of 2025, the zone's fixed-asset investment rose 4.4 percent, 1.2 percentage points faster than in January-April. Retail sales were down 2.8% year on year.";
    const { statements, unread } = readBrief(text);
    expect(unread).toEqual([]);
    expect(
      statements.map(({ zone, indicator, period, basis, yoyPct }) => ({ zone, indicator, period, basis, yoyPct })),
    ).toEqual([
      { zone: 'the zone', indicator: 'fixed-asset investment', period: '2025-05', basis: 'ytd', yoyPct: 4.4 },
      { zone: 'the zone', indicator: 'Retail sales', period: '2025-05', basis: 'ytd', yoyPct: -2.8 },
    ]);
    expect(statements[0]!.claims).toMatchObject([{ kind: 'change_pp', figure: 1.2, comparedPeriod: '2025-04' }]);
  });

  it('reads a share, a contribution rate, a rank in a group of five, a slowdown from a period and a drag', () => {
    const text =
      'In January-May 2025, rare earth industries grew 16.9%, accounting for 32.5% of industrial added value, with a contribution rate of 36.5%. ' +
      "Industrial added value of the zone rose 14.8%, ranking first among the city's five districts, and growth slowed by 0.4 percentage points from January-April. " +
      'Exports fell 3.0%, dragging down industrial growth by 0.6 percentage points.';
    const claims = readBrief(text).statements.flatMap((statement) =>
      statement.claims.map(({ kind, figure, against, comparedPeriod, groupSize }) => ({
        kind,
        figure,
        against,
        comparedPeriod,
        groupSize,
      })),
    );
    expect(claims).toEqual([
      {
        kind: 'share_pct',
        figure: 32.5,
        against: 'industrial added value',
        comparedPeriod: undefined,
        groupSize: undefined,
      },
      { kind: 'contribution_rate_pct', figure: 36.5, against: null, comparedPeriod: undefined, groupSize: undefined },
      { kind: 'rank', figure: 1, against: "city's five districts", comparedPeriod: undefined, groupSize: 5 },
      { kind: 'change_pp', figure: -0.4, against: 'January-April', comparedPeriod: '2025-04', groupSize: undefined },
      {
        kind: 'contribution_pp',
        figure: -0.6,
        against: 'industrial growth',
        comparedPeriod: undefined,
        groupSize: undefined,
      },
    ]);
  });

  it('reads a growth written as a noun: "growth of", "a decline of"', () => {
    const text = 'In May 2025, exports of the zone posted growth of 7.5%, while imports saw a decline of 1.2 percent.';
    expect(
      readBrief(text).statements.map(({ indicator, period, basis, yoyPct }) => ({ indicator, period, basis, yoyPct })),
    ).toEqual([
      { indicator: 'exports', period: '2025-05', basis: 'month', yoyPct: 7.5 },
      { indicator: 'imports', period: '2025-05', basis: 'month', yoyPct: -1.2 },
    ]);
  });

  it('takes the year from the publication date when the text names none, and refuses to guess without one', () => {
    const text = 'From January to May, industrial output of the zone grew 9.1%.';
    expect(readBrief(text, { published: '2025-06-25' }).statements[0]).toMatchObject({
      period: '2025-05',
      basis: 'ytd',
      yoyPct: 9.1,
    });
    expect(readBrief(text)).toEqual({ statements: [], unread: [{ span: [0, text.length], text, reason: 'no year' }] });
  });

  it('keeps the period of the figures when a later aside names another ("strong Q1 earnings")', () => {
    const text =
      'From January to May 2025, output of the zone grew 9.1%. A supplier reported strong Q1 earnings. Exports rose 4.0%.';
    expect(readBrief(text).statements.map(({ indicator, period, yoyPct }) => ({ indicator, period, yoyPct }))).toEqual([
      { indicator: 'output', period: '2025-05', yoyPct: 9.1 },
      { indicator: 'Exports', period: '2025-05', yoyPct: 4 },
    ]);
  });

  it('gives a sentence that names no zone the default zone, and a named zone wins over it', () => {
    const text = 'In May 2025 exports grew 4.0%. Output of Baotou city rose 3.5% in May 2025.';
    expect(
      readBrief(text, { defaultZone: 'btrehtz' }).statements.map(({ zone, indicator }) => ({ zone, indicator })),
    ).toEqual([
      { zone: 'btrehtz', indicator: 'exports' },
      { zone: 'Baotou city', indicator: 'Output' },
    ]);
  });

  it('lists a sentence whose figure it cannot place as unread, never drops it', () => {
    const text = 'In May 2025 the zone grew. Some 40 firms opened.';
    expect(readBrief(text).unread).toEqual([
      { span: [27, 48], text: 'Some 40 firms opened.', reason: 'no figure read' },
    ]);
  });
});
