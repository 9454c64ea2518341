import { aliasesOf, formatAliases, idFromName, parseAliases, readableId } from '../../../../shared/model';
import { idProblem, lengthProblem, NAME_MAX, requiredNameProblem } from './checks';
import type { FieldErrors } from './field-errors';

/** What every catalog draft holds: the English and Chinese names and the id. */
export interface NamedDraft {
  id: string;
  name: string;
  nameZh: string;
  /** Other names, `;`-separated as typed (规上工业增加值; 规上工业). */
  aliases: string;
  /** Once the user types an id, the English name no longer rewrites it. */
  idEdited: boolean;
}

/** The aliases as the form shows them. */
export function aliasesText(entry: { aliases?: string[] | undefined }): string {
  return formatAliases(aliasesOf(entry));
}

export type NameField = 'id' | 'name' | 'nameZh';

/** The id a new entry gets from its names: the English name's, else the Chinese name's pinyin (内燃机 → nei-ran-ji). */
export function idFromNames(name: string, nameZh: string): string {
  return name.trim() !== '' ? idFromName(name) : readableId(nameZh);
}

/** Sets the English name; on a new entry whose id the user left alone, the id follows the names. */
export function withName<D extends NamedDraft>(draft: D, name: string): D {
  return { ...draft, name, id: draft.idEdited ? draft.id : idFromNames(name, draft.nameZh) };
}

/** Sets the Chinese name; the id follows it while there is no English name and the user left the id alone. */
export function withNameZh<D extends NamedDraft>(draft: D, nameZh: string): D {
  return { ...draft, nameZh, id: draft.idEdited ? draft.id : idFromNames(draft.name, nameZh) };
}

export function validateNames(draft: NamedDraft): FieldErrors<NameField> {
  const errors: FieldErrors<NameField> = {};
  const id = idProblem(draft.id);
  if (id) errors.id = id;
  // A Chinese name is enough (imports leave the English one to the user); one of the two is needed.
  const name = draft.nameZh.trim() !== '' ? lengthProblem(draft.name, NAME_MAX) : requiredNameProblem(draft.name);
  if (name) errors.name = name;
  const nameZh = lengthProblem(draft.nameZh, NAME_MAX);
  if (nameZh) errors.nameZh = nameZh;
  return errors;
}

/** Call only on a draft without errors. */
export function namesFromDraft(draft: NamedDraft): { id: string; name: string; nameZh: string; aliases?: string[] } {
  const aliases = parseAliases(draft.aliases);
  // No aliases is no field, as entries made before aliases existed have.
  return {
    id: draft.id.trim(),
    name: draft.name.trim(),
    nameZh: draft.nameZh.trim(),
    ...(aliases.length > 0 ? { aliases } : {}),
  };
}
