/** XML text for SpreadsheetML: escaped markup, and characters XML 1.0 cannot carry written as `_xHHHH_`. */

// Characters XML 1.0 forbids (and `_xHHHH_`, which readers would decode); CR is kept as a character reference.
const NEEDS_ESCAPE =
  // eslint-disable-next-line no-control-regex -- these control characters are what must be escaped.
  /[&<>"\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

function escapeOne(match: string): string {
  switch (match) {
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '"':
      return '&quot;';
    // A literal CR would be read back as LF (XML end-of-line handling); a reference survives.
    case '\r':
      return '&#13;';
    case '_':
      return '_x005F_';
  }
  const code = match.charCodeAt(0);
  // A lone surrogate cannot be encoded in UTF-8: U+FFFD, as TextEncoder does.
  if (code >= 0xd800 && code <= 0xdfff) return '\uFFFD';
  return `_x${code.toString(16).toUpperCase().padStart(4, '0')}_`;
}

export function escapeXml(text: string): string {
  return text.replace(NEEDS_ESCAPE, escapeOne);
}

/** `A`, `B`, … `Z`, `AA` for a 0-based column. */
export function columnName(column: number): string {
  let name = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** `B3` for 0-based row 2, column 1. */
export function cellRef(row: number, column: number): string {
  return `${columnName(column)}${row + 1}`;
}

/** A sheet name in a reference: `'Sheet name'!`, quotes doubled. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}
