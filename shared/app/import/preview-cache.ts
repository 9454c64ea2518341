import type { DiffEntry } from './diff';
import type { ImportPlan } from './plan';

export interface CachedPreview {
  plan: ImportPlan;
  /** Each row compared with the store, made when a page first asks (a preview only counts) and dropped while a commit compares again. */
  entries: DiffEntry[] | null;
}

const KEEP = 4;

/** The last few previews, so a commit or a page of the diff needs no second read of the file. */
export class PreviewCache {
  private readonly previews = new Map<string, CachedPreview>();
  private counter = 0;

  add(preview: CachedPreview): string {
    const token = `p${(++this.counter).toString(36)}${Math.floor(Math.random() * 0x1000000).toString(36)}`;
    this.previews.set(token, preview);
    for (const old of [...this.previews.keys()].slice(0, Math.max(0, this.previews.size - KEEP)))
      this.previews.delete(old);
    return token;
  }

  get(token: string): CachedPreview | undefined {
    return this.previews.get(token);
  }

  delete(token: string): void {
    this.previews.delete(token);
  }
}
