import { describe, expect, it } from 'vitest';
import { labelledTitle } from '../../../../../shared/workbook/read';
import { grid } from '../grids';

describe('labelledTitle', () => {
  it('tells the national database title rows apart and takes the year from 时间：2020', () => {
    const sheet = grid('S', [
      ['数据库：分省月度数据'],
      ['指标：居民消费价格指数(上年同月=100)'],
      ['地区：北京市'],
      ['时间：2020'],
      ['地区', '2020年3月'],
    ]);
    expect(labelledTitle(sheet, 4)).toMatchObject({
      database: { text: '分省月度数据', place: 'S!A1' },
      indicator: { text: '居民消费价格指数(上年同月=100)', place: 'S!A2' },
      region: { text: '北京市', place: 'S!A3' },
      time: { text: '2020', place: 'S!A4' },
      heading: null,
      year: 2020,
      yearFrom: 'time',
      place: 'S!A4',
    });
  });

  it("gives no year for 时间：最近13个月, and keeps a heading's period and place", () => {
    expect(
      labelledTitle(grid('S', [['数据库：月度数据'], ['时间：最近13个月'], ['指标', '2020年4月']]), 2),
    ).toMatchObject({ year: null, yearFrom: null });
    const heading = labelledTitle(
      grid('S', [
        [null, '2020年2月分地区居民消费价格指数(上年同月=100)'],
        ['地区', '本月'],
      ]),
      1,
    );
    expect(heading).toMatchObject({
      heading: { text: '2020年2月分地区居民消费价格指数(上年同月=100)', place: 'S!B1' },
      year: 2020,
      yearFrom: 'heading',
      parts: { month: 2 },
    });
  });
});
