import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { CLI_SHEBANG } from './cli/node-flags';

/**
 * The `zone-stats` bin, built as plain JavaScript so it starts without a TypeScript loader:
 * `dist/cli/zone-stats.mjs` (not under .vite, which Forge empties on every start), with the store, SheetJS and the use cases in chunks loaded only when
 * a command opens the store (`--help` never does). Every dependency is bundled; Node built-ins stay
 * external. Run by `npm run build:cli` (and by `npm test`).
 */
export default defineConfig({
  // Node, not a browser: built-ins stay imports, package `exports` resolve for Node.
  ssr: { noExternal: true, target: 'node' },
  // Executable, as npm makes an installed bin: tests and the benchmark run it through its shebang line.
  plugins: [
    {
      name: 'zone-stats-executable-bin',
      writeBundle(options, bundle) {
        for (const chunk of Object.values(bundle))
          if (chunk.type === 'chunk' && chunk.isEntry) chmodSync(join(options.dir!, chunk.fileName), 0o755);
      },
    },
  ],
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
        banner: (chunk) => (chunk.isEntry ? CLI_SHEBANG : ''),
      },
    },
  },
});
