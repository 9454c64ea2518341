/**
 * Numeric character references beyond U+FFFF (`&#x1F680;`, `&#134071;`, as openpyxl writes them)
 * turned into their UTF-8 bytes. SheetJS 0.20.3 decodes such a reference with
 * `String.fromCharCode`, which keeps only the low 16 bits (`工业&#x29E3D;` → `工业鸽`).
 * Returns the same array when there is nothing to change.
 */
export function decodeAstralReferences(xml: Uint8Array): Uint8Array {
  let out: number[] | null = null;
  let copied = 0;
  for (let index = xml.indexOf(0x26); index >= 0 && index < xml.length; index = xml.indexOf(0x26, index + 1)) {
    if (xml[index + 1] !== 0x23) continue;
    const reference = readReference(xml, index + 2);
    if (!reference || reference.codePoint <= 0xffff || reference.codePoint > 0x10ffff) continue;
    out ??= [];
    for (let i = copied; i < index; i++) out.push(xml[i]!);
    out.push(...utf8(reference.codePoint));
    copied = reference.end;
  }
  if (!out) return xml;
  const result = new Uint8Array(out.length + xml.length - copied);
  result.set(out);
  result.set(xml.subarray(copied), out.length);
  return result;
}

/** `x1F680;` or `134071;` from `start` (just after `&#`): the code point and where the `;` ends. */
function readReference(xml: Uint8Array, start: number): { codePoint: number; end: number } | null {
  const hex = xml[start] === 0x78 || xml[start] === 0x58;
  let index = hex ? start + 1 : start;
  let codePoint = 0;
  let digits = 0;
  for (; index < xml.length && digits < 8; index++, digits++) {
    const digit = digitValue(xml[index]!, hex);
    if (digit < 0) break;
    codePoint = codePoint * (hex ? 16 : 10) + digit;
  }
  if (digits === 0 || xml[index] !== 0x3b) return null;
  return { codePoint, end: index + 1 };
}

function digitValue(byte: number, hex: boolean): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (!hex) return -1;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x61 + 10;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x41 + 10;
  return -1;
}

function utf8(codePoint: number): number[] {
  return [
    0xf0 | (codePoint >> 18),
    0x80 | ((codePoint >> 12) & 0x3f),
    0x80 | ((codePoint >> 6) & 0x3f),
    0x80 | (codePoint & 0x3f),
  ];
}
