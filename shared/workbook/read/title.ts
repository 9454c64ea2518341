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
    const text = cells.map((cell) => cellText(cell ?? null)).filter(Boolean).join(' ');
    if (text === '') continue;
    title.texts.push(text);
    if (title.year !== null) continue;
    const match = TITLE_PERIOD.exec(compactText(text));
    if (!match) continue;
    title.year = Number(match[1]);
    title.place = cellPlace(grid.name, row, Math.max(0, cells.findIndex((cell) => cellText(cell ?? null) !== '')));
    if (match[2]) {
      const parts = parsePeriodParts(match[0]);
      if (parts.ok) title.parts = parts.value;
    }
  }
  return title;
}
