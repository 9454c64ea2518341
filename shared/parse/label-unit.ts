/** A label and the unit it names in brackets: `本月(亿元)` → `本月`, `亿元`. */
export interface LabeledUnit {
  label: string;
  /** `亿元`, `%`, `万吨`; null when the label names none. */
  unit: string | null;
  /** The base of an index named in brackets: `(上年同月=100)` → 100, growth = index − base. */
  indexBase: number | null;
  /** `上年同月` / `上年同期` for an index: which prior period it compares with. */
  indexOf: string | null;
}

const BRACKETED = /[(（]([^()（）]*)[)）]/g;
const INDEX = /^(.*?)[=＝](\d+(?:\.\d+)?)$/;

/**
 * Splits a header or series name into its words and the unit or index base it writes in brackets,
 * anywhere in the label (`国内生产总值(亿元)`, `工业增加值同比增长(%)`, `居民消费价格指数(上年同月=100)`,
 * `工业生产者出厂价格指数(上年同期＝100)_当期`). Other bracketed words stay in the label.
 */
export function splitLabelUnit(text: string): LabeledUnit {
  let unit: string | null = null;
  let indexBase: number | null = null;
  let indexOf: string | null = null;
  const label = text.normalize('NFKC').replace(BRACKETED, (whole, inner: string) => {
    const content = inner.trim();
    const index = INDEX.exec(content);
    if (index) {
      indexOf = index[1]!.trim();
      indexBase = Number(index[2]);
      return '';
    }
    if (unit === null && isUnitWord(content)) {
      unit = content;
      return '';
    }
    return whole;
  });
  return { label: label.replace(/\s+/g, ' ').trim(), unit, indexBase, indexOf };
}

/** `%`, `亿元`, `万吨`, `万千瓦`, `元/人`, `亿立方米`, `t`: short, and no verbs or digits of a period. */
function isUnitWord(text: string): boolean {
  if (text === '' || text.length > 12) return false;
  if (text === '%' || text === '‰') return true;
  if (/\d{4}|年|月|季|其中|含|不含|按|以/.test(text)) return false;
  return (
    /^[万亿千百十]*(元|吨|千瓦时|千瓦|瓦|立方米|平方米|米|辆|台|件|个|家|人|户|套|吨标准煤|标准煤|度)(\/[人户吨]|人民币)?$/.test(
      text,
    ) || /^(10k |100m )?(cny|t|kwh|yuan|tonnes?)$/i.test(text)
  );
}
