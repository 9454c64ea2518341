import { readWorkbook } from '../../workbook/read';
import type { WorkbookCodec } from '../ports';

/** Parses on the calling thread: tests, the command line, and the app when no worker is given. */
export const inProcessWorkbookCodec: WorkbookCodec = {
  readWorkbook: async (bytes, options) => readWorkbook(bytes, options),
};
