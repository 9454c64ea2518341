import { readWorkbookAsync } from '../../workbook/read';
import { writeTables } from '../../workbook/write';
import type { WorkbookCodec } from '../ports';

/** Parses and writes on the calling thread: tests, the command line, and the app when no worker is given. */
export const inProcessWorkbookCodec: WorkbookCodec = {
  readWorkbook: readWorkbookAsync,
  writeWorkbook: async (tables) => writeTables(tables),
};
