/**
 * Tab-separated text as Excel and WPS put it on the clipboard: rows end in CR LF (or LF), a cell
 * holding a tab, a line break or a quote is quoted with `"` and its quotes doubled, and the last
 * row ends with a line break.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let atCellStart = true;
  while (i < text.length) {
    const char = text[i]!;
    if (atCellStart && char === '"') {
      const closing = quotedCellEnd(text, i);
      if (closing !== -1) {
        cell = text.slice(i + 1, closing).replaceAll('""', '"');
        i = closing + 1;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (char === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (char === '\r' || char === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
      if (char === '\r' && text[i + 1] === '\n') i++;
    } else {
      cell += char;
    }
    i++;
  }
  if (!atCellStart || cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return padRows(rows);
}

/**
 * Where a quoted cell starting at `start` closes: a quote not doubled, followed by a tab, a line
 * break or the end. -1 when the cell only starts with a quote (`"Q1" figures` is plain text).
 */
function quotedCellEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '"') {
      if (text[i + 1] === '"') {
        i += 2;
        continue;
      }
      const after = text[i + 1];
      return after === undefined || after === '\t' || after === '\r' || after === '\n' ? i : -1;
    }
    i++;
  }
  return -1;
}

/** Rows of a ragged block padded with empty cells to the widest row. */
function padRows(rows: string[][]): string[][] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  return rows.map((row) => (row.length === width ? row : [...row, ...Array<string>(width - row.length).fill('')]));
}

function quoteCell(cell: string): string {
  return /[\t\r\n"]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** A block as Excel writes it, so it pastes back into Excel or WPS cell by cell. */
export function formatTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoteCell).join('\t')).join('\r\n') + '\r\n';
}
