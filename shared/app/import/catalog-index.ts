import { aliasesOf, idFromName, type Catalog, type Indicator, type Zone } from '../../model';
import { readableId } from './readable-id';

/** The comparable form of a name: NFKC, lower case, single spaces. */
export function nameKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
export function hasChinese(text: string): boolean {
  return CJK.test(text);
}

/** A stable short id for a name nothing readable can be made from (symbols only). */
function hashId(prefix: string, text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${prefix}-${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

/** An unused id for a new entry named `text`: its pinyin when Chinese (内燃机 → nei-ran-ji), collisions numbered. */
export function newId(prefix: string, text: string, taken: (id: string) => boolean): string {
  const base = (hasChinese(text) ? readableId(text) : idFromName(text)) || hashId(prefix, text);
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base.slice(0, 60)}-${n}`;
  return id;
}

type Entry = Zone | Indicator;

/**
 * Finds zones or indicators by what a file writes for them: an id, an English name, a Chinese
 * name or one of its aliases. Ids match exactly first; names match case-insensitively. A name two entries share is
 * ambiguous and never guessed.
 */
export class EntryIndex<T extends Entry> {
  private readonly byId = new Map<string, T>();
  private readonly byName = new Map<string, T | 'ambiguous'>();
  /** Names without their suffix (北京市 → 北京), for a file that writes the short form. */
  private readonly byShortName = new Map<string, T | 'ambiguous'>();

  /** `suffix`: an ending a name may be written with or without (administrative: 市, 省, 自治区). */
  constructor(
    entries: Iterable<T>,
    private readonly suffix?: RegExp,
  ) {
    for (const entry of entries) this.add(entry);
  }

  add(entry: T): void {
    this.byId.set(entry.id, entry);
    for (const name of [entry.id, entry.name, entry.nameZh, ...aliasesOf(entry)]) {
      const key = nameKey(name);
      if (key === '') continue;
      remember(this.byName, key, entry);
      const short = this.shortForm(key);
      if (short !== null) remember(this.byShortName, short, entry);
    }
  }

  /**
   * The entry, 'ambiguous', or undefined when nothing is called that. With a suffix, 北京 finds
   * 北京市 and 北京市 finds 北京, but 朝阳区 never finds 朝阳市: both forms written out must agree.
   */
  find(text: string): T | 'ambiguous' | undefined {
    const key = nameKey(text);
    const exact = this.byId.get(text) ?? this.byName.get(key);
    if (exact !== undefined || !this.suffix) return exact;
    const short = this.shortForm(key);
    return short === null ? this.byShortName.get(key) : this.byName.get(short);
  }

  private shortForm(key: string): string | null {
    if (!this.suffix) return null;
    const short = key.replace(this.suffix, '');
    return short !== key && short.length >= 2 ? short : null;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  all(): T[] {
    return [...this.byId.values()];
  }
}

function remember<T extends Entry>(names: Map<string, T | 'ambiguous'>, key: string, entry: T): void {
  const known = names.get(key);
  names.set(
    key,
    known === undefined || known === entry || (known !== 'ambiguous' && known.id === entry.id) ? entry : 'ambiguous',
  );
}

/** Endings of province and city names that files write or leave out (北京 = 北京市, 内蒙古 = 内蒙古自治区). */
export const ADMINISTRATIVE_SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|省|市)$/u;

export function catalogIndexes(catalog: Catalog): { zones: EntryIndex<Zone>; indicators: EntryIndex<Indicator> } {
  return {
    zones: new EntryIndex(catalog.zones, ADMINISTRATIVE_SUFFIX),
    indicators: new EntryIndex(catalog.indicators),
  };
}
