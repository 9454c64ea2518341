import { idFromName, type Catalog, type Indicator, type Zone } from '../../model';

/** The comparable form of a name: NFKC, lower case, single spaces. */
export function nameKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
export function hasChinese(text: string): boolean {
  return CJK.test(text);
}

/** A stable short id for a name that has no Latin letters to make one from (包头稀土高新区 → zone-3f9a1c2e). */
function hashId(prefix: string, text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${prefix}-${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

/** An unused id for a new entry named `text`. */
export function newId(prefix: string, text: string, taken: (id: string) => boolean): string {
  const base = idFromName(text) || hashId(prefix, text);
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base.slice(0, 60)}-${n}`;
  return id;
}

type Entry = Zone | Indicator;

/**
 * Finds zones or indicators by what a file writes for them: an id, an English name or a Chinese
 * name. Ids match exactly first; names match case-insensitively. A name two entries share is
 * ambiguous and never guessed.
 */
export class EntryIndex<T extends Entry> {
  private readonly byId = new Map<string, T>();
  private readonly byName = new Map<string, T | 'ambiguous'>();

  constructor(entries: Iterable<T>) {
    for (const entry of entries) this.add(entry);
  }

  add(entry: T): void {
    this.byId.set(entry.id, entry);
    for (const name of [entry.id, entry.name, entry.nameZh]) {
      const key = nameKey(name);
      if (key === '') continue;
      const known = this.byName.get(key);
      this.byName.set(key, known === undefined || known === entry || (known !== 'ambiguous' && known.id === entry.id) ? entry : 'ambiguous');
    }
  }

  /** The entry, 'ambiguous', or undefined when nothing is called that. */
  find(text: string): T | 'ambiguous' | undefined {
    return this.byId.get(text) ?? this.byName.get(nameKey(text));
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

export function catalogIndexes(catalog: Catalog): { zones: EntryIndex<Zone>; indicators: EntryIndex<Indicator> } {
  return { zones: new EntryIndex(catalog.zones), indicators: new EntryIndex(catalog.indicators) };
}
