/**
 * Markers a table writes before a name, never part of it: indents (full-width spaces), bullets,
 * `其中：`, and enumerators `一、` `(一)` `1.` `1、` `①`. Only a marker followed by its
 * punctuation is taken, so `内燃机` and `内蒙古自治区` keep their first character.
 */
const LEADING_MARKERS = [
  /^[\s\u3000#*·•△▲☆★◆◇□■○●]+/u,
  /^其中[:：]\s*/u,
  /^[一二三四五六七八九十]+[、.．]\s*/u,
  /^[(（][一二三四五六七八九十\d]+[)）]\s*/u,
  /^\d{1,2}[、.．](?!\d)\s*/u,
  /^[\u2460-\u2473]\s*/u,
];

/** A row label as a name: `其中：内资企业出口交货值` (indented) → `内资企业出口交货值`, `(一)内燃机` → `内燃机`. */
export function cleanName(text: string): string {
  let name = text.trim();
  for (let changed = true; changed;) {
    changed = false;
    for (const marker of LEADING_MARKERS) {
      const next = name.replace(marker, '');
      if (next !== name && next.trim() !== '') {
        name = next;
        changed = true;
      }
    }
  }
  return name.replace(/[\s\u3000]+/gu, ' ').trim();
}
