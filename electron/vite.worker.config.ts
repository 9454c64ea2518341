import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The workbook worker (SheetJS parsing and writing off the main thread), merged by Forge's Vite plugin like
 * main: an ES module `workbook-worker.js` beside main.js, which loads it by that name.
 */
export default defineConfig({
  build: {
    target: 'node22',
    sourcemap: true,
    lib: {
      entry: fileURLToPath(new URL('./main/workbook-worker.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'workbook-worker.js',
    },
  },
});
