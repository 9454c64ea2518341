import { describe, expect, it } from 'vitest';
import { cleanName } from '../../../shared/parse';

describe('cleanName', () => {
  it.each([
    ['\u3000\u3000煤炭开采和洗选业', '煤炭开采和洗选业'],
    ['其中：内资企业出口交货值', '内资企业出口交货值'],
    ['  其中:稀土产业增加值', '稀土产业增加值'],
    ['一、工业', '工业'],
    ['(一)内燃机', '内燃机'],
    ['（二）规模以上工业增加值', '规模以上工业增加值'],
    ['1.原油', '原油'],
    ['2、天然气', '天然气'],
    ['①化学纤维', '化学纤维'],
    ['· 汽车', '汽车'],
    ['△\u3000其中：内燃机', '内燃机'],
  ])('strips the markers of %s', (text, name) => {
    expect(cleanName(text)).toBe(name);
  });

  it.each(['内燃机', '内蒙古自治区工业增加值', '含税销售额', '其中间产品', '1.5万吨以上企业', '一汽', '十堰'])(
    'keeps every character of %s',
    (name) => {
      expect(cleanName(name)).toBe(name);
    },
  );

  it('never leaves a name empty: a label that is only a marker stays as written', () => {
    expect(cleanName('一、')).toBe('一、');
  });
});
