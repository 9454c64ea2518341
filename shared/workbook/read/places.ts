/** `0` → `A`, `27` → `AB`: the column letters a spreadsheet shows. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** `AB` → `27`, or -1 when the text is not column letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Z]{1,3}$/.test(letters)) return -1;
  let index = 0;
  for (const char of letters) index = index * 26 + (char.charCodeAt(0) - 64);
  return index - 1;
}

/** A sheet name as a formula would write it: quoted when it holds anything but letters and digits. */
export function sheetRef(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** `Observations!E17` from a 0-based row and column. */
export function cellPlace(sheet: string, row: number, column: number): string {
  return `${sheetRef(sheet)}!${columnLetter(column)}${row + 1}`;
}

/** `Observations!A17:H17`: a whole row of the table. */
export function rowPlace(sheet: string, row: number, columnCount: number): string {
  return rowPlaces(sheet, columnCount)(row);
}

/** `rowPlace` for many rows of one sheet: the sheet's and the last column's part made once. */
export function rowPlaces(sheet: string, columnCount: number): (row: number) => string {
  const start = `${sheetRef(sheet)}!A`;
  const end = `:${columnLetter(Math.max(columnCount - 1, 0))}`;
  return (row) => `${start}${row + 1}${end}${row + 1}`;
}
