import type { ImportFile, OpenedFile } from '../../../../shared/api';

/** The extensions the import reads (workbook.md §1); the open dialog filters on them. */
export const SPREADSHEET_EXTENSIONS = ['xlsx', 'xls', 'xlsb', 'ods', 'csv'];

/** A file main registered, as the import API takes it: by handle, its bytes never cross to the page. */
export function importFileOf(opened: OpenedFile): ImportFile {
  return { handle: opened.handle, name: opened.name };
}
