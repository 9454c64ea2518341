import { z } from 'zod';

/** The extensions the import reads (docs/workbook.md §1): the open dialog filters on them, and a dropped file must have one. */
export const SPREADSHEET_EXTENSIONS = ['xlsx', 'xls', 'xlsb', 'ods', 'csv'];

/** The extensions of a brief's text (docs/briefs.md §4): the Brief screen's open dialog filters on them, and a file dropped there must have one. */
export const BRIEF_TEXT_EXTENSIONS = ['txt', 'md', 'html', 'htm'];

/** What the page wants a dropped file to be; main accepts it only with that kind's extensions. */
export const DROPPED_FILE_KINDS = ['spreadsheet', 'briefText'] as const;
export type DroppedFileKind = (typeof DROPPED_FILE_KINDS)[number];

export const EXTENSIONS_OF_KIND: Readonly<Record<DroppedFileKind, readonly string[]>> = {
  spreadsheet: SPREADSHEET_EXTENSIONS,
  briefText: BRIEF_TEXT_EXTENSIONS,
};

/** `details.reason` of main's refusal of a dropped file whose extension is not of the kind asked for. */
export const WRONG_KIND_REASON = 'wrongKind';

/** The id of a file main registered; the page names files by it, never by path. */
export const FileHandleIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected a file handle');

/**
 * A file main registered when its open or save dialog (or a drop it checked, or the command line's
 * arguments) gave a path. Its bytes stay in main; the path is for showing, not for naming the file.
 */
export interface FileHandle {
  id: string;
  path: string;
  name: string;
  /** The size when registered; 0 for a file still to be written. */
  sizeBytes: number;
  /** The extension, lower case, without the dot (`xlsx`, `csv`). */
  kind: string;
  /** `read` for a file to import, `write` for a target to export to. */
  mode: 'read' | 'write';
}
