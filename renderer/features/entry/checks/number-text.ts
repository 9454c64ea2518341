/**
 * Interim reader of the published number forms (metrics.md §4) until shared/parse lands; the
 * import helper owns the real one and this file then only forwards to it.
 */
export type NumberText = { ok: true; value: number | null } | { ok: false };

const NOT_PUBLISHED = new Set(['', '—', '——', '-', '--', '…', '……', '/', '..', '...']);
const RISE = /^(?:增长|上升|增加|提高)(.+?)(倍|%)?$/;
const FALL = /^(?:下降|减少|回落|降低)(.+?)%?$/;
const PLAIN = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$|^[+-]?\.\d+%?$/;

function plainNumber(text: string): number | null {
  if (!PLAIN.test(text)) return null;
  const value = Number(text.replace(/[,%]/g, ''));
  return Number.isFinite(value) ? value : null;
}

export function parseNumberText(raw: string): NumberText {
  const text = raw.normalize('NFKC').replace(/[\s\u00a0]/g, '').replace(/[−–]/g, '-');
  if (NOT_PUBLISHED.has(text)) return { ok: true, value: null };
  if (text === '持平') return { ok: true, value: 0 };
  const rise = RISE.exec(text);
  if (rise) {
    const value = plainNumber(rise[1]!);
    if (value === null) return { ok: false };
    return { ok: true, value: rise[2] === '倍' ? Number((value * 100).toPrecision(15)) : value };
  }
  const fall = FALL.exec(text);
  if (fall) {
    const value = plainNumber(fall[1]!);
    return value === null ? { ok: false } : { ok: true, value: -value };
  }
  const value = plainNumber(text);
  return value === null ? { ok: false } : { ok: true, value };
}
