import { loadCodepages } from '../../shared/workbook/read/codepages';

// Tests call the synchronous readWorkbook on every kind of file; the app and the command line read
// through readWorkbookAsync, which loads the code pages only for a file that needs them
// (tests/unit/workbook/read/codepages.test.ts checks that path in a fresh process).
await loadCodepages();
