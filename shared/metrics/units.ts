/** How a unit reads in each language, and how far each language may rescale it. */
export interface UnitWords {
  en: string;
  zh: string;
  /** Chinese base unit (吨, 元) and its step: 0 = the unit itself, 1 = 万, 2 = 亿. Null: never rescaled. */
  zhBase: { base: string; step: number } | null;
  /** English base unit and how many of it one unit is: 10k CNY = 10,000 CNY. Null: never rescaled. */
  enBase: { base: 'CNY' | 't'; factor: number } | null;
}

const KNOWN: readonly { names: readonly string[]; words: UnitWords }[] = [
  {
    names: ['t', 'tonne', 'tonnes', 'ton', 'tons', '吨'],
    words: { en: 't', zh: '吨', zhBase: { base: '吨', step: 0 }, enBase: { base: 't', factor: 1 } },
  },
  {
    names: ['10k t', '10,000 t', '万吨'],
    words: { en: '10k t', zh: '万吨', zhBase: { base: '吨', step: 1 }, enBase: { base: 't', factor: 1e4 } },
  },
  {
    names: ['cny', 'yuan', 'rmb', '元'],
    words: { en: 'CNY', zh: '元', zhBase: { base: '元', step: 0 }, enBase: { base: 'CNY', factor: 1 } },
  },
  {
    names: ['10k cny', '10k yuan', '10,000 cny', '万元'],
    words: { en: '10k CNY', zh: '万元', zhBase: { base: '元', step: 1 }, enBase: { base: 'CNY', factor: 1e4 } },
  },
  {
    names: ['100m cny', '100m yuan', '亿元'],
    words: { en: '100m CNY', zh: '亿元', zhBase: { base: '元', step: 2 }, enBase: { base: 'CNY', factor: 1e8 } },
  },
  { names: ['%', 'percent', '％'], words: { en: '%', zh: '%', zhBase: null, enBase: null } },
];

const CHINESE_WORD = /^[\u4e00-\u9fff]+$/;

/** The words for a unit as entered; an unknown unit reads as entered in both languages. */
export function unitWords(unit: string): UnitWords {
  const name = unit.trim();
  const known = KNOWN.find((entry) => entry.names.includes(name.toLowerCase()));
  if (known) return known.words;
  if (!CHINESE_WORD.test(name)) return { en: name, zh: name, zhBase: null, enBase: null };
  const step = name.length > 1 && name.startsWith('亿') ? 2 : name.length > 1 && name.startsWith('万') ? 1 : 0;
  return { en: name, zh: name, zhBase: { base: step === 0 ? name : name.slice(1), step }, enBase: null };
}
