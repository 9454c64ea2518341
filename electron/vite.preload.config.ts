import { defineConfig } from 'vite';

/**
 * The preload, merged by Forge's Vite plugin over its defaults (one CommonJS file in .vite/build).
 * A sandboxed preload cannot be an ES module, and "type": "module" makes `.js` mean ESM, so it is
 * `preload.cjs`: named apart from main's output, as both entries are called `index`.
 */
export default defineConfig({
  build: {
    target: 'chrome140',
    sourcemap: true,
    rollupOptions: {
      output: { format: 'cjs', entryFileNames: 'preload.cjs' },
    },
  },
});
