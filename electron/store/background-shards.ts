import { fileSafeId, OBSERVATIONS_FOLDER, shardFileYear as yearOf } from './layout';

/** Which shards a read needs: its zones (all when absent) and the years its periods span. */
export interface ShardNeed {
  zoneIds?: readonly string[] | undefined;
  fromYear: number;
  toYear: number;
}

/** How long one turn of the background reading may hold the event loop before calls are answered again. */
const SLICE_MS = 10;

const zoneFolder = (zoneId: string): string => `${OBSERVATIONS_FOLDER}/zone-${fileSafeId(zoneId)}/`;

/**
 * The shard files a lazy open left unread, read in the background a few milliseconds per turn of
 * the event loop, newest year first, so calls keep being answered in between. A call that needs some of them reads
 * those at once (`readFor`), so no answer ever comes from a half-loaded store. `read` takes one file
 * into the store; when it throws (a file from a newer version, a disk error), the background stops,
 * `loaded` rejects with that error and the files stay unread, so later calls that need them fail too.
 */
export class BackgroundShards {
  private readonly unread: string[];
  private stopped = false;
  private settle!: { resolve(): void; reject(error: unknown): void };
  /** Settles once every file is read (or the loading stopped); rejects when one could not be read. */
  readonly loaded: Promise<void>;

  constructor(
    files: readonly string[],
    private readonly read: (file: string) => void,
  ) {
    this.unread = [...files].sort((a, b) => yearOf(a) - yearOf(b));
    this.loaded = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
    // Whoever waits for it sees the error; nobody waiting must not make it an unhandled rejection.
    this.loaded.catch(() => undefined);
    setImmediate(() => this.step());
  }

  /** Reads now the unread shards a call needs. */
  readFor({ zoneIds, fromYear, toYear }: ShardNeed): void {
    if (this.unread.length === 0) return;
    const folders = zoneIds?.map(zoneFolder);
    const needed = this.unread.filter((file) => {
      const year = yearOf(file);
      return year >= fromYear && year <= toYear && (!folders || folders.some((folder) => file.startsWith(folder)));
    });
    for (const file of needed) this.readOne(file);
  }

  /** No more reads: the store is closing or being replaced. */
  stop(): void {
    this.stopped = true;
    this.settle.resolve();
  }

  private readOne(file: string): void {
    this.read(file);
    this.unread.splice(this.unread.lastIndexOf(file), 1);
  }

  private step(): void {
    const started = performance.now();
    while (!this.stopped && performance.now() - started < SLICE_MS) {
      const file = this.unread.at(-1);
      if (file === undefined) return this.settle.resolve();
      try {
        this.readOne(file);
      } catch (error) {
        this.stopped = true;
        return this.settle.reject(error);
      }
    }
    if (!this.stopped) setImmediate(() => this.step());
  }
}
