import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The `zone-stats` bin, built as plain JavaScript so it starts without a TypeScript loader:
 * `dist/cli/zone-stats.mjs` (not under .vite, which Forge empties on every start), with the store, SheetJS and the use cases in chunks loaded only when
 * a command opens the store (`--help` never does). Every dependency is bundled; Node built-ins stay
 * external. Run by `npm run build:cli` (and by `npm test`).
 */
export default defineConfig({
  // Node, not a browser: built-ins stay imports, package `exports` resolve for Node.
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: fileURLToPath(new URL('./cli/main.ts', import.meta.url)),
    outDir: fileURLToPath(new URL('../dist/cli', import.meta.url)),
    emptyOutDir: true,
    target: 'node22',
    minify: true,
    sourcemap: true,
    rollupOptions: {
      output: {
        format: 'es',
        entryFileNames: 'zone-stats.mjs',
        chunkFileNames: 'chunks/[name]-[hash].mjs',
        banner: (chunk) => (chunk.isEntry ? '#!/usr/bin/env node' : ''),
      },
    },
  },
});
