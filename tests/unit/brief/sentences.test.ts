import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../shared/brief';

describe('splitSentences', () => {
  it('splits on 。；;!?！？ and line breaks, never on a decimal point', () => {
    const text = '增长14.8%，高于全市2.5个百分点。其中，稀土产业增长16.9%；新能源增长38%！\n稀土磁性材料产量1.53万吨?';
    expect(splitSentences(text).map((sentence) => sentence.text)).toEqual([
      '增长14.8%，高于全市2.5个百分点。',
      '其中，稀土产业增长16.9%；',
      '新能源增长38%！',
      '稀土磁性材料产量1.53万吨?',
    ]);
  });

  it('ends an English sentence at a full stop followed by a space, not at 14.8 or 2.5', () => {
    const text = 'Output rose 14.8% in May. It was 2.5 points above the city... Fine.';
    expect(splitSentences(text).map((sentence) => sentence.text)).toEqual([
      'Output rose 14.8% in May.',
      'It was 2.5 points above the city... Fine.',
    ]);
  });

  it('gives spans into the text as given, without quote marks, bullets or surrounding space', () => {
    const text = '> Highlights\n> - Rare earth industries grew by 16.9%.\n\n  新能源增长38%。';
    const sentences = splitSentences(text);
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'Highlights',
      'Rare earth industries grew by 16.9%.',
      '新能源增长38%。',
    ]);
    for (const sentence of sentences) expect(text.slice(...sentence.span)).toBe(sentence.text);
  });

  it('keeps a minus sign that opens a sentence', () => {
    expect(splitSentences('-3.2% was the fall.')[0]!.text).toBe('-3.2% was the fall.');
  });

  it('gives nothing for blank text or punctuation alone', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' 。\n；> - \n')).toEqual([]);
  });
});
