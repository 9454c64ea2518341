import path from 'node:path';
import { EXTENSIONS_OF_KIND, fail, WRONG_KIND_REASON, type AppError, type DroppedFileKind } from '../../shared/api';

const KIND_NAMES: Record<DroppedFileKind, string> = { spreadsheet: 'a spreadsheet', briefText: 'a brief text file' };

/**
 * The refusal of a dropped file whose extension is not one of `kind`'s, or null when it is. Its
 * details let the page say it in the app's language: the file, its extension and the kind asked for.
 */
export function wrongKindRefusal(file: string, kind: DroppedFileKind): { ok: false; error: AppError } | null {
  const extension = path.extname(file).slice(1).toLowerCase();
  const accepted = EXTENSIONS_OF_KIND[kind];
  if (accepted.includes(extension)) return null;
  const name = path.basename(file);
  return fail('refused', `${name} is not ${KIND_NAMES[kind]} (.${accepted.join(', .')}).`, {
    details: { reason: WRONG_KIND_REASON, file: name, extension, kind },
  });
}
