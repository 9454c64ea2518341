import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VitePlugin } from '@electron-forge/plugin-vite';
import type { ResolvedForgeConfig } from '@electron-forge/shared-types';
import { loadConfigFromFile, type UserConfig } from 'vite';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import config from '../../../forge.config';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string; type: string };
/** Where Forge's Vite plugin writes every `build` target; its documentation has package.json "main" point here. */
const FORGE_BUILD_DIR = path.join('.vite', 'build');
type Output = { format?: string; entryFileNames?: string };
type Lib = { formats: string[]; fileName: () => string; entry: string };

const vitePlugin = config.plugins?.find((plugin): plugin is VitePlugin => plugin instanceof VitePlugin);
const buildTarget = (entry: string) => vitePlugin?.config.build.find((target) => target.entry === entry);

async function loadOurConfig(file: string | undefined): Promise<UserConfig> {
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, path.join(root, file ?? ''), root);
  return loaded?.config ?? {};
}

describe('the bundles Forge builds from our Vite configs (production)', { timeout: 30_000 }, () => {
  let main: UserConfig;
  let worker: UserConfig;
  let preload: UserConfig;
  let renderer: UserConfig;
  beforeAll(async () => {
    [main, worker, preload, renderer] = await Promise.all([
      loadOurConfig(buildTarget('electron/main/index.ts')?.config),
      loadOurConfig(buildTarget('electron/main/workbook-worker.ts')?.config),
      loadOurConfig(buildTarget('electron/preload/index.ts')?.config),
      loadOurConfig(vitePlugin?.config.renderer.find((target) => target.name === 'main_window')?.config),
    ]);
  });

  it('writes main as the ES module package.json names (Electron loads ESM main with "type": "module")', () => {
    expect(packageJson).toMatchObject({ type: 'module', main: '.vite/build/main.js' });
    const lib = main.build?.lib as Lib;
    expect(lib.formats).toEqual(['es']);
    expect(path.join(FORGE_BUILD_DIR, lib.fileName())).toBe(path.normalize(packageJson.main));
    expect(path.relative(root, lib.entry)).toBe(path.join('electron', 'main', 'index.ts'));
  });

  it('writes the workbook worker as the ES module workbook-worker.js, a build target beside main.js, where main loads it', () => {
    const lib = worker.build?.lib as Lib;
    expect(lib.formats).toEqual(['es']);
    expect(lib.fileName()).toBe('workbook-worker.js');
    expect(buildTarget('electron/main/workbook-worker.ts')?.target).toBe('main');
    expect(worker.build?.outDir).toBeUndefined();
    expect(path.relative(root, lib.entry)).toBe(path.join('electron', 'main', 'workbook-worker.ts'));
  });

  it('writes the preload as one CommonJS preload.cjs, a build target beside main.js, as a sandboxed preload must be', () => {
    const output = preload.build?.rollupOptions?.output as Output;
    expect(output.format).toBe('cjs');
    expect(output.entryFileNames).toBe('preload.cjs');
    expect(buildTarget('electron/preload/index.ts')?.target).toBe('preload');
    expect(preload.build?.outDir).toBeUndefined();
  });

  it('puts the renderer where main loads it: .vite/renderer/main_window, with relative asset URLs for file://', () => {
    expect(path.relative(root, renderer.build?.outDir ?? '')).toBe(path.join('.vite', 'renderer', 'main_window'));
    expect(renderer.base).toBe('./');
  });
});

describe("Forge's own check of the packaged app's main entry", () => {
  const folders: string[] = [];
  const folder = () => {
    const made = mkdtempSync(path.join(tmpdir(), 'forge-package-'));
    folders.push(made);
    return made;
  };
  afterEach(() => folders.splice(0).forEach((made) => rmSync(made, { recursive: true, force: true })));

  const packageAfterCopy = (projectDir: string, buildPath: string) => {
    const plugin = new VitePlugin(vitePlugin!.config);
    plugin.setDirectories(projectDir);
    return plugin.packageAfterCopy({} as ResolvedForgeConfig, buildPath);
  };

  it('accepts our package.json once main.js is built where it points', async () => {
    const buildPath = folder();
    mkdirSync(path.join(buildPath, FORGE_BUILD_DIR), { recursive: true });
    writeFileSync(path.join(buildPath, packageJson.main), '');
    await expect(packageAfterCopy(root, buildPath)).resolves.toBeUndefined();
  });

  it('refuses a main entry outside .vite, and the main.cjs Forge writes when a config sets no ES module lib', async () => {
    const elsewhere = folder();
    writeFileSync(path.join(elsewhere, 'package.json'), JSON.stringify({ ...packageJson, main: 'dist/main.js' }));
    await expect(packageAfterCopy(elsewhere, folder())).rejects.toThrow(/\.vite/);
    const builtAsCommonJs = folder();
    mkdirSync(path.join(builtAsCommonJs, FORGE_BUILD_DIR), { recursive: true });
    writeFileSync(path.join(builtAsCommonJs, FORGE_BUILD_DIR, 'main.cjs'), '');
    await expect(packageAfterCopy(root, builtAsCommonJs)).rejects.toThrow(/main\.cjs/);
  });
});
