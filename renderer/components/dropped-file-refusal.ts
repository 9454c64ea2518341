import { WRONG_KIND_REASON, type AppError } from '../../shared/api';

/** What a screen says, in the app's language, when a dropped file is refused. */
export interface DropRefusalTexts {
  /** The preload found no path: a file dragged from another app, not from disk. */
  notOnDisk(file: string): string;
  /** Main refused the file's extension for the kind the screen asked for. */
  otherKind(file: string, extension: string): string;
}

/**
 * The refusal of a dropped file as the screen shows it: the two refusals the page can name are
 * said in its language; main's others (a folder, a pipe, over the size limit) keep their message.
 */
export function droppedFileRefusal(error: AppError, fileName: string, texts: DropRefusalTexts): AppError {
  if (error.code === 'not_found') return { code: 'not_found', message: texts.notOnDisk(fileName) };
  const details = error.details;
  if (details?.reason !== WRONG_KIND_REASON) return error;
  return { ...error, message: texts.otherKind(String(details.file ?? fileName), String(details.extension ?? '')) };
}

/** `.txt, .md, .html or .htm` in the language's way of listing, for a message naming the accepted types. */
export function extensionList(extensions: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { type: 'disjunction' }).format(extensions.map((extension) => `.${extension}`));
}
