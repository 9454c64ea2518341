import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The workbook worker built as the packaged app runs it (plain JavaScript, every dependency bundled,
 * Node's built-ins left as imports) into `folder`: the benchmark then measures the app's reading
 * without a TypeScript loader in the worker.
 */
export async function buildWorkbookWorker(folder: string): Promise<URL> {
  // Loaded here, not at the top: the memory benchmarks' child processes import this module's importer.
  const { build } = await import('vite');
  await build({
    configFile: false,
    logLevel: 'silent',
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: fileURLToPath(new URL('../../electron/main/workbook-worker.ts', import.meta.url)),
      outDir: folder,
      emptyOutDir: true,
      target: 'node22',
      minify: true,
      rollupOptions: { output: { format: 'es', entryFileNames: 'workbook-worker.mjs' } },
    },
  });
  return pathToFileURL(join(folder, 'workbook-worker.mjs'));
}
