import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { UserConfig } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../../forge.config';
// Forge's own merge of its defaults with our configs: not exported, so reached by path.
import ViteConfigGenerator from '../../../node_modules/@electron-forge/plugin-vite/dist/ViteConfig.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string; type: string };
type Output = { format?: string; entryFileNames?: string };

describe('the bundles Forge builds (its Vite plugin over our configs, in production mode)', { timeout: 30_000 }, () => {
  let main: UserConfig;
  let worker: UserConfig;
  let preload: UserConfig;
  let renderer: UserConfig;
  beforeAll(async () => {
    const vite = (
      config.plugins as unknown as { name: string; config: ConstructorParameters<typeof ViteConfigGenerator>[0] }[]
    ).find((plugin) => plugin.name === 'vite');
    const generator = new ViteConfigGenerator(vite!.config, root, true);
    [main, worker, preload] = (await generator.getBuildConfigs()) as [UserConfig, UserConfig, UserConfig];
    [renderer] = (await generator.getRendererConfig()) as [UserConfig];
  });

  it('writes main as the ES module package.json names (Electron loads ESM main with "type": "module")', () => {
    expect(packageJson).toMatchObject({ type: 'module', main: '.vite/build/main.js' });
    const lib = main.build?.lib as { formats: string[]; fileName: () => string; entry: string };
    expect(lib.formats).toEqual(['es']);
    expect(path.join(main.build?.outDir ?? '', lib.fileName())).toBe(path.normalize(packageJson.main));
    expect(path.relative(root, lib.entry)).toBe(path.join('electron', 'main', 'index.ts'));
    expect(main.build?.rollupOptions?.external).toEqual(expect.arrayContaining(['electron', 'node:fs']));
  });

  it('writes the workbook worker as the ES module workbook-worker.js beside main.js, where main loads it', () => {
    const lib = worker.build?.lib as { formats: string[]; fileName: () => string; entry: string };
    expect(lib.formats).toEqual(['es']);
    expect(lib.fileName()).toBe('workbook-worker.js');
    expect(worker.build?.outDir).toBe(main.build?.outDir);
    expect(path.relative(root, lib.entry)).toBe(path.join('electron', 'main', 'workbook-worker.ts'));
    expect(worker.build?.rollupOptions?.external).toEqual(expect.arrayContaining(['node:worker_threads']));
  });

  it('writes the preload as one CommonJS preload.cjs beside main.js, as a sandboxed preload must be', () => {
    const output = preload.build?.rollupOptions?.output as Output;
    expect(output.format).toBe('cjs');
    expect(output.entryFileNames).toBe('preload.cjs');
    expect(preload.build?.outDir).toBe(main.build?.outDir);
    expect(preload.build?.rollupOptions?.input).toBe('electron/preload/index.ts');
  });

  it('puts the renderer where main loads it: .vite/renderer/main_window, with relative asset URLs for file://', () => {
    expect(path.relative(root, renderer.build?.outDir ?? '')).toBe(path.join('.vite', 'renderer', 'main_window'));
    expect(renderer.base).toBe('./');
  });
});
