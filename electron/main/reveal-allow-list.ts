import path from 'node:path';

/**
 * The paths `revealInFolder` may show: files this session opened or saved through the dialogs,
 * and anything inside the data folder. A page that asks about any other path learns nothing.
 */
export class RevealAllowList {
  private readonly remembered = new Set<string>();

  constructor(private readonly dataDirectory: string) {}

  remember(file: string): void {
    this.remembered.add(path.resolve(file));
  }

  allows(file: string): boolean {
    if (!path.isAbsolute(file)) return false;
    const resolved = path.resolve(file);
    const data = path.resolve(this.dataDirectory);
    return this.remembered.has(resolved) || resolved === data || resolved.startsWith(data + path.sep);
  }
}
