import { existsSync, readFileSync } from 'node:fs';

/**
 * The package's version, from the nearest package.json named zone-stats above this module: the
 * source (electron/cli/) and the built chunks (dist/cli/, dist/cli/chunks/) sit at different depths.
 */
export function packageVersion(from: string = import.meta.url): string {
  for (let folder = new URL('.', from); ; folder = new URL('..', folder)) {
    const file = new URL('package.json', folder);
    if (existsSync(file)) {
      const found = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (found.name === 'zone-stats' && found.version) return found.version;
    }
    if (folder.pathname === '/') throw new Error(`no zone-stats package.json above ${from}`);
  }
}
