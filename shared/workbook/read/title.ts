import { compactText, parsePeriodParts, type LabelParts } from '../../parse';
import { cellText, type SheetGrid } from './grid';
import { cellPlace } from './places';

export interface SheetTitle {
  /** The text of each non-blank row above the header, its cells joined. */
  texts: string[];
  /** The first period a title names (`2025年1-5月包头稀土高新区主要经济指标`), with its place. */
  parts: LabelParts | null;
  year: number | null;
  place: string | null;
}

const TITLE_PERIOD = /(\d{4})年((\d{1,2})([-~至—–]\d{1,2})?月份?|一季度|上半年|前三季度|全年)?/;

/** What the rows above a table's header say: bureau tables name their period (and zone) there. */
export function sheetTitle(grid: SheetGrid, headerRow: number): SheetTitle {
  const title: SheetTitle = { texts: [], parts: null, year: null, place: null };
  for (let row = 0; row < headerRow; row++) {
    const cells = grid.rows[row] ?? [];
    const text = cells
      .map((cell) => cellText(cell ?? null))
      .filter(Boolean)
      .join(' ');
    if (text === '') continue;
    title.texts.push(text);
    if (title.year !== null) continue;
    const match = TITLE_PERIOD.exec(compactText(text));
    if (!match) continue;
    title.year = Number(match[1]);
    title.place = cellPlace(
      grid.name,
      row,
      Math.max(
        0,
        cells.findIndex((cell) => cellText(cell ?? null) !== ''),
      ),
    );
    if (match[2]) {
      const parts = parsePeriodParts(match[0]);
      if (parts.ok) title.parts = parts.value;
    }
  }
  return title;
}

/** A labelled title row (`指标：国内生产总值(亿元)`): the text after the colon and the row's place. */
export interface TitleLine {
  text: string;
  place: string;
}

/** The title rows national-database exports write above the table, and the heading a release writes. */
export interface LabelledTitle extends SheetTitle {
  database: TitleLine | null;
  indicator: TitleLine | null;
  time: TitleLine | null;
  /** `地区：北京市`: the zone of a one-zone export. */
  region: TitleLine | null;
  /** The first title row that is not `数据库：` / `指标：` / `时间：` (`2020年2月分地区居民消费价格指数…`). */
  heading: TitleLine | null;
  /** Where the year came from when `时间：2020` gave it (the heading's is `place`). */
  yearFrom: 'heading' | 'time' | null;
}

const LABELLED = /^(数据库|指标|时间|统计时间|报告期|地区)[:：](.+)$/;
const TIME_YEAR = /^(\d{4})年?$/;

/** `sheetTitle` with the labelled rows told apart; `时间：2020` gives the year when the heading does not. */
export function labelledTitle(grid: SheetGrid, headerRow: number): LabelledTitle {
  const title: LabelledTitle = {
    ...sheetTitle(grid, headerRow),
    database: null,
    indicator: null,
    time: null,
    region: null,
    heading: null,
    yearFrom: null,
  };
  if (title.year !== null) title.yearFrom = 'heading';
  for (let row = 0; row < headerRow; row++) {
    const cells = grid.rows[row] ?? [];
    const column = cells.findIndex((cell) => cellText(cell ?? null) !== '');
    if (column < 0) continue;
    const text = compactText(
      cells
        .map((cell) => cellText(cell ?? null))
        .filter(Boolean)
        .join(''),
    );
    const line = (body: string): TitleLine => ({ text: body, place: cellPlace(grid.name, row, column) });
    const labelled = LABELLED.exec(text);
    if (!labelled) {
      title.heading ??= line(text);
      continue;
    }
    const [, label, body] = labelled as unknown as [string, string, string];
    if (label === '数据库') title.database ??= line(body);
    else if (label === '指标') title.indicator ??= line(body);
    else if (label === '地区') title.region ??= line(body);
    else title.time ??= line(body);
  }
  const timeYear = title.time ? TIME_YEAR.exec(title.time.text) : null;
  if (title.year === null && timeYear) {
    title.year = Number(timeYear[1]);
    title.place = title.time!.place;
    title.yearFrom = 'time';
  }
  return title;
}
