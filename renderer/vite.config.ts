import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const rendererDir = fileURLToPath(new URL('.', import.meta.url));
/** Where Forge's Vite plugin puts the renderer named `main_window`; the e2e harness serves it too. */
export const RENDERER_OUT_DIR = fileURLToPath(new URL('../.vite/renderer/main_window', import.meta.url));

/**
 * The built page carries a strict CSP of its own, so it holds wherever it is served from (the app's
 * file:// page, the e2e static server). The dev server needs inline scripts, so it gets none;
 * main sets the header there.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function buildCsp(): Plugin {
  return {
    name: 'zone-stats-build-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  root: rendererDir,
  // Relative asset URLs: the built index.html works from file:// and from any static server.
  base: './',
  plugins: [react(), buildCsp()],
  build: {
    outDir: RENDERER_OUT_DIR,
    emptyOutDir: true,
    target: 'chrome140',
    sourcemap: true,
    // Chunks load from the local disk, and each screen is its own (Compare carries the charts).
    chunkSizeWarningLimit: 1500,
  },
  clearScreen: false,
});
