import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readWorkbook, readWorkbookAsync } from '../../../../shared/workbook/read';
import { codepagesLoaded } from '../../../../shared/workbook/read/codepages';

/**
 * Reads each `sync:PATH` or `async:PATH` in order in this fresh process (SheetJS's code pages not
 * loaded at its start) and prints one JSON line: per file, the outcome or the error's class, and
 * whether the code pages were loaded after it.
 */
const steps = [];
for (const argument of process.argv.slice(2)) {
  const [how, path] = argument.split(/:(.*)/s) as ['sync' | 'async', string];
  const bytes = new Uint8Array(readFileSync(path));
  const options = { fileName: basename(path) };
  try {
    const outcome = how === 'sync' ? readWorkbook(bytes, options) : await readWorkbookAsync(bytes, options);
    steps.push({ outcome, codepagesLoaded: codepagesLoaded() });
  } catch (error) {
    steps.push({ error: (error as Error).constructor.name, codepagesLoaded: codepagesLoaded() });
  }
}
console.log(JSON.stringify(steps));
