/**
 * The V8 settings the `zone-stats` bin runs with (its shebang line; tests and the benchmark spawn it
 * the same way). Node 24 lets the young generation grow to about 180 MB, which an import of 132,000
 * rows fills with rows that live on anyway; a 16 MB semi-space keeps the peak about 150 MB lower and
 * measured no slower (`npm run bench import`, README "Performance notes"). `gc` is exposed for one
 * full collection between an import's preview and its commit (`collect-garbage.ts`).
 */
export const CLI_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=16', '--expose-gc'];

/** The bin's first line: `env -S` passes the flags on (GNU coreutils, BSD/macOS env and npm's Windows shims read it). */
export const CLI_SHEBANG = `#!/usr/bin/env -S node ${CLI_NODE_FLAGS.join(' ')}`;
