import { LANGUAGES, type Language } from '../../shared/api';
import { BasisSchema, IdSchema, PeriodSchema, type Basis } from '../../shared/model';
import type { OptionValues } from './command';

/**
 * Reads and checks the options several commands share; each problem is pushed in the words
 * `zone-stats COMMAND: …` prints. A value is trimmed; absent stays undefined.
 */
export class OptionReader {
  readonly problems: string[] = [];

  constructor(private readonly options: OptionValues) {}

  text(name: string): string | undefined {
    const value = this.options[name];
    return typeof value === 'string' ? value.trim() : undefined;
  }

  list(name: string): string[] {
    const value = this.options[name];
    return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  }

  flag(name: string): boolean {
    return this.options[name] === true;
  }

  required(name: string, what: string): string | undefined {
    const value = this.text(name);
    if (value === undefined) this.problems.push(`--${name} ${what} is required`);
    return value;
  }

  period(name = 'period', value = this.text(name)): string | undefined {
    if (value === undefined) return undefined;
    if (PeriodSchema.safeParse(value).success) return value;
    this.problems.push(`--${name} "${value}": expected YYYY-MM, such as 2025-05`);
    return undefined;
  }

  basis(name = 'basis', value = this.text(name)): Basis | undefined {
    if (value === undefined) return undefined;
    const parsed = BasisSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    this.problems.push(`--${name} "${value}": expected ytd or month`);
    return undefined;
  }

  language(name = 'lang'): Language | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    if ((LANGUAGES as readonly string[]).includes(value)) return value as Language;
    this.problems.push(`--${name} "${value}": expected en or zh`);
    return undefined;
  }

  threshold(name = 'threshold'): number | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    const number = Number(value);
    if (Number.isFinite(number)) return number;
    this.problems.push(`--${name} "${value}": expected a number such as 10`);
    return undefined;
  }

  zoneId(name = 'zone', value = this.text(name)): string | undefined {
    if (value === undefined) return undefined;
    if (IdSchema.safeParse(value).success) return value;
    this.problems.push(`--${name} "${value}" is not a zone id`);
    return undefined;
  }

  /** `--zones a,b`: at least one id, each an id. */
  zoneIds(name = 'zones'): string[] | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    const ids = value
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    if (ids.length === 0) this.problems.push(`--${name} needs at least one zone id`);
    for (const id of ids)
      if (!IdSchema.safeParse(id).success) this.problems.push(`--${name}: "${id}" is not a zone id`);
    return ids;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.text(name) ?? fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problems.push(`--${name} "${value}": expected ${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}`);
    return fallback;
  }
}
