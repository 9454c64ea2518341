import { describe, expect, it } from 'vitest';
import { readBrief } from '../../../shared/brief';

/** Written for these tests in the style of a bureau release; each sentence names its own period and year. */
const OPTIONS = { published: '2025-06-20' };

const indicatorsOf = (text: string) => readBrief(text, OPTIONS).statements.map((statement) => statement.indicator);
const unreadOf = (text: string) =>
  readBrief(text, OPTIONS).unread.map(({ text: sentence, reason }) => [sentence, reason]);

describe('approximate counts in a brief', () => {
  it.each([
    '1-5月，全区规上工业企业约有32家。',
    '1-5月，全区约有32家企业实现增长。',
    '1-5月，园区入驻企业超过120家。',
    '1-5月，全区新增市场主体逾300户。',
    '1-5月，全区规上工业企业近50家。',
    '1-5月，全区规上工业企业约40家。',
    '1-5月，全区规上工业企业32家左右。',
    '1-5月，全区规上工业企业32家以上。',
  ])('%s: no figure and no indicator phrase is made of the hedge; the sentence is unread', (sentence) => {
    expect(indicatorsOf(sentence)).toEqual([]);
    expect(unreadOf(sentence)).toEqual([[sentence, 'no figure read']]);
  });

  it('reads the exact figures of a sentence beside a hedged count, and an exact count as a figure', () => {
    const text = '1-5月，稀土高新区规模以上工业增加值同比增长14.8%，规上工业企业约有32家。';
    const reading = readBrief(text, OPTIONS);
    expect(
      reading.statements.map(({ zone, indicator, value, yoyPct }) => ({ zone, indicator, value, yoyPct })),
    ).toEqual([{ zone: '稀土高新区', indicator: '规模以上工业增加值', value: null, yoyPct: 14.8 }]);
    // 签约 ends in 约 and is no hedge: 32家 is a count.
    const exact = readBrief('1-5月，全区新签约企业32家。', OPTIONS).statements;
    expect(exact.map(({ indicator, value, unit }) => ({ indicator, value, unit }))).toEqual([
      { indicator: '新签约企业', value: 32, unit: '家' },
    ]);
  });

  it('does not take a hedged growth or level as published', () => {
    expect(unreadOf('1-5月，全区规上工业增加值同比增长10%左右。')).toEqual([
      ['1-5月，全区规上工业增加值同比增长10%左右。', 'no figure read'],
    ]);
    const english = 'In the first five months of 2025 the zone produced about 15,300 tonnes of magnets.';
    expect(readBrief(english).statements).toEqual([]);
    expect(readBrief(english.replace('about ', '')).statements.map(({ value, unit }) => [value, unit])).toEqual([
      [15_300, 't'],
    ]);
  });
});
