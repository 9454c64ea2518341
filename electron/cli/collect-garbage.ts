/**
 * A full collection where one phase leaves a lot of garbage behind: after an import's preview, the
 * file's cells and what checking them made (about 60 MB at 132,000 rows) are dead, but V8 would
 * collect them only once the commit had grown the heap further (a peak 25–35 MB higher, measured).
 * The bin runs with `--expose-gc` (node-flags.ts); where `gc` is not exposed (`npm run cli`, tests)
 * this does nothing.
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
