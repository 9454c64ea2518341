import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Where `npm run build:renderer` (and Forge, for the window named main_window) puts the renderer. */
export const RENDERER_BUILD = path.join(PROJECT_ROOT, '.vite/renderer/main_window');
/** Screenshots land here (gitignored), one PNG per name. */
export const SCREENSHOT_DIR = path.join(PROJECT_ROOT, 'test-artifacts/e2e');

export function assertRendererBuilt(): void {
  if (!existsSync(path.join(RENDERER_BUILD, 'index.html'))) {
    throw new Error(
      `No built renderer in ${RENDERER_BUILD}: run \`npm run build:renderer\` first (npm run test:e2e does).`,
    );
  }
}
