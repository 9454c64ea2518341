import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBrief, splitSentences } from '../../../shared/brief';

/** Sentences with figures, each read or not, in both languages and both scripts (written for the test). */
const WITH_FIGURES = [
  '1-5月，稀土高新区规模以上工业增加值同比增长14.8%，高于全市2.5个百分点。',
  '其中，稀土产业增加值增长16.9%，拉动全区规上工业增长5.4个百分点。',
  '稀土磁性材料产量1.53万吨，同比增长23.8%。',
  '一季度，全区固定资产投资下降3.1%。',
  '上半年，社会消费品零售总额177.89亿元，增长2.3倍。',
  '新签约项目32个，总投资45亿元。',
  '連續54個月保持兩位數增長。',
  'Industrial output rose 9.1% in the first five months of 2025.',
  'Retail sales were down 2.8%, 1.1 percentage points below the city.',
  'Some 40 firms opened.',
  "The zone ranked first among the city's five districts in growth of 12.5%.",
];
const WITHOUT_FIGURES = [
  '全区经济运行总体平稳，向好态势持续巩固。',
  '有关数据以正式发布为准。',
  'The zone remains the engine room of the industry.',
  'Investor insight',
  '2025年6月25日发布。',
  'According to a June 25 report.',
];

/** Sentences that name their own subject, period and year. */
const SELF_CONTAINED = [
  '2025年1-5月，稀土高新区规模以上工业增加值同比增长14.8%，高于全市2.5个百分点。',
  'Industrial output of the zone rose 9.1% in the first five months of 2025.',
  '2024年一季度，包头市固定资产投资下降3.1%。',
];

const pick = (pool: string[]) => fc.constantFrom(...pool);
const text = fc
  .array(fc.oneof(pick(WITH_FIGURES), pick(WITHOUT_FIGURES)), { maxLength: 12 })
  .map((sentences) => sentences.join('\n'));

describe('readBrief properties', () => {
  it('every sentence holding a figure ends in exactly one place: a statement or unread', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(undefined, '2025-06-20'), (brief, published) => {
        const reading = readBrief(brief, published ? { published } : {});
        const read = new Set(reading.statements.map((statement) => statement.span.join()));
        const unread = new Set(reading.unread.map((entry) => entry.span.join()));
        for (const sentence of splitSentences(brief)) {
          const key = sentence.span.join();
          const holdsFigure = WITH_FIGURES.some((written) => sentence.text === written.replace(/\n/g, ''));
          if (holdsFigure) expect(Number(read.has(key)) + Number(unread.has(key)), sentence.text).toBe(1);
          else expect(read.has(key) || unread.has(key), sentence.text).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('text with no figures gives no statements and nothing unread', () => {
    fc.assert(
      fc.property(fc.array(pick(WITHOUT_FIGURES), { maxLength: 10 }), (sentences) => {
        expect(readBrief(sentences.join('\n'), { published: '2025-06-20' })).toEqual({ statements: [], unread: [] });
      }),
    );
  });

  it('is deterministic, and reads a sentence the same wherever it stands once its period and year are its own', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(SELF_CONTAINED), (sentences) => {
        const brief = sentences.join('\n');
        expect(readBrief(brief)).toEqual(readBrief(brief));
        const figures = readBrief(brief).statements.map(({ zone, indicator, period, yoyPct }) => ({
          zone,
          indicator,
          period,
          yoyPct,
        }));
        const alone = sentences.flatMap((sentence) =>
          readBrief(sentence).statements.map(({ zone, indicator, period, yoyPct }) => ({
            zone,
            indicator,
            period,
            yoyPct,
          })),
        );
        expect(figures).toEqual(alone);
      }),
    );
  });
});
