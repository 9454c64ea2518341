import { parseSeriesName, type SeriesName } from '../../../parse';
import type { LabelledTitle } from '../title';

/** The series a title names, and where. */
export interface TitleSeries {
  series: SeriesName;
  text: string;
  place: string;
  from: '指标' | 'heading';
}

/** A heading's period and the words that say where (`2020年2月分地区…`, `2020年全国…`): not the indicator. */
const HEADING_PERIOD = /^\d{4}年(?:\d{1,2}(?:[-~至—–]\d{1,2})?月份?|第?[一二三四]季度|上半年|前三季度|全年)?/;
const HEADING_PLACE = /^(全国|分地区|分省|分省份|各地区|各省|各省市|主要城市|分城市|按地区分|31个省区市)+/;

/** `指标：国内生产总值(亿元)`, else a heading such as `2020年2月分地区居民消费价格指数(上年同月=100)`. */
export function titleSeries(title: LabelledTitle): TitleSeries | null {
  if (title.indicator)
    return {
      series: parseSeriesName(title.indicator.text),
      text: title.indicator.text,
      place: title.indicator.place,
      from: '指标',
    };
  if (!title.heading) return null;
  const text = title.heading.text.replace(HEADING_PERIOD, '').replace(HEADING_PLACE, '');
  if (text === '' || text === title.heading.text) return null;
  return { series: parseSeriesName(text), text, place: title.heading.place, from: 'heading' };
}
