/** C0 controls but tab and line feed, DEL, and C1 controls: what could drive a terminal (ESC, BEL, CSI). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_BUT_TAB_NEWLINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ANY_CONTROL_GLOBAL = /[\u0000-\u001f\u007f-\u009f]/g;

/** `U+001B`: the first control character of a text, or null when it has none (tab and newline count). */
export function firstControlCharacter(text: string): string | null {
  const found = ANY_CONTROL.exec(text)?.[0];
  return found === undefined ? null : `U+${found.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A note or source without control characters (tab and newline stay), and how many were removed. */
export function stripControlCharacters(text: string): { text: string; removed: number } {
  let removed = 0;
  const cleaned = text.replace(CONTROL_BUT_TAB_NEWLINE, () => {
    removed++;
    return '';
  });
  return { text: cleaned, removed };
}

/** The refusal of a name or id holding a control character, or null. */
export function controlCharacterProblem(text: string): string | null {
  const found = firstControlCharacter(text);
  return found ? `a name may not hold control characters (found ${found})` : null;
}

/** Text from a file made safe to show anywhere, a terminal included: each control character as `\u001b`. */
export function printable(text: string): string {
  return text.replace(ANY_CONTROL_GLOBAL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
