import type { ImportFile, OpenedFile } from '../../../../shared/api';

export { SPREADSHEET_EXTENSIONS } from '../../../../shared/api';

/** A file main registered, as the import API takes it: by handle, its bytes never cross to the page. */
export function importFileOf(opened: OpenedFile): ImportFile {
  return { handle: opened.handle, name: opened.name };
}
