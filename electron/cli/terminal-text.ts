/** C0 controls (ESC, BEL, CR, LF…), DEL and C1 controls: what a terminal may act on instead of showing. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * A line safe to print: every control character becomes `\xHH`, so a file, sheet or cell named with
 * an escape sequence cannot move the cursor, recolour the terminal or forge another line.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
