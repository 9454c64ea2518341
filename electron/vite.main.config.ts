import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The main process, merged by Forge's Vite plugin over its defaults (electron and Node built-ins
 * external, output in .vite/build). Built as ES module `main.js`: package.json has
 * "type": "module" and points "main" at it, and Electron's main process loads ESM.
 * Every dependency is bundled: the packaged app carries no node_modules.
 */
export default defineConfig({
  build: {
    target: 'node22',
    sourcemap: true,
    lib: {
      entry: fileURLToPath(new URL('./main/index.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'main.js',
    },
  },
});
