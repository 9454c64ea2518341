import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatFigure, type BenchSuite } from './bench';

/** Runs every `*.bench.ts` beside this file (or those named on the command line) and prints its figures. */
const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => wanted.length === 0 || wanted.some((name) => file.includes(name)))
  .sort();

for (const file of files) {
  const { suite } = (await import(pathToFileURL(join(here, file)).href)) as { suite: BenchSuite };
  console.log(`# ${suite.title}`);
  for (const figure of await suite.run()) console.log(formatFigure(figure));
}
