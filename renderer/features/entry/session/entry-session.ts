import type { AppApi, AppError, ObservationQuery } from '../../../../shared/api';
import { observationKey, type ObservationKey } from '../../../../shared/model';
import { figuresOf, type Figures } from './figures';
import { SaveQueue, type SaveState } from './save-queue';
import { invert, normalize, writesOf, type ObservationChange, type Transaction, type TransactionKind } from './transaction';
import { UndoHistory } from './undo-history';

/** The calls the entry screens make; in the app they go through `window.api`. */
export type EntryGateway = Pick<AppApi, 'getObservations' | 'saveObservations' | 'deleteObservations'>;

function inQuery(key: ObservationKey, query: ObservationQuery): boolean {
  return (
    (!query.zoneIds || query.zoneIds.includes(key.zoneId)) &&
    (!query.indicatorIds || query.indicatorIds.includes(key.indicatorId)) &&
    (!query.from || key.period >= query.from) &&
    (!query.to || key.period <= query.to) &&
    (!query.basis || key.basis === query.basis)
  );
}

/**
 * What the entry screens show and change: the observations loaded so far, every change applied
 * at once on screen and saved in order behind it (autosave), and whole actions undone and redone.
 * A save that fails is rolled back on screen and reported, so the screen never shows what the
 * store does not have.
 */
export class EntrySession {
  readonly queue: SaveQueue;
  private readonly cache = new Map<string, { key: ObservationKey; figures: Figures }>();
  private readonly history = new UndoHistory();
  private readonly listeners = new Set<() => void>();
  private readonly failureListeners = new Set<(error: AppError) => void>();
  private version = 0;

  constructor(private readonly gateway: EntryGateway, now?: () => Date) {
    this.queue = new SaveQueue(now);
  }

  /** Loads a window of observations once pending saves have landed, replacing what the cache had there. */
  async load(query: ObservationQuery): Promise<{ ok: true } | { ok: false; error: AppError }> {
    let result = await this.fetchWhenIdle(query);
    // An edit made while the window was being read is newer than what was read: read again.
    for (let tries = 0; result.ok && this.queue.busy && tries < 5; tries++) result = await this.fetchWhenIdle(query);
    if (!result.ok) return result;
    for (const [id, entry] of this.cache) if (inQuery(entry.key, query)) this.cache.delete(id);
    for (const observation of result.value) {
      const { zoneId, indicatorId, period, basis } = observation;
      this.cache.set(observationKey(observation), { key: { zoneId, indicatorId, period, basis }, figures: figuresOf(observation) });
    }
    this.changed();
    return { ok: true };
  }

  private async fetchWhenIdle(query: ObservationQuery) {
    await this.queue.idle();
    return this.gateway.getObservations(query);
  }

  figures(key: ObservationKey): Figures | null {
    return this.cache.get(observationKey(key))?.figures ?? null;
  }

  /** Applies one user action and saves it; returns false when it changed nothing. */
  commit(kind: TransactionKind, changes: readonly ObservationChange[]): boolean {
    const transaction: Transaction = { kind, changes: normalize(changes) };
    if (transaction.changes.length === 0) return false;
    this.history.record(transaction);
    this.applyAndSave(transaction, transaction);
    return true;
  }

  undo(): boolean {
    const transaction = this.history.takeUndo();
    if (!transaction) return false;
    this.applyAndSave(invert(transaction, 'undo'), transaction);
    return true;
  }

  redo(): boolean {
    const transaction = this.history.takeRedo();
    if (!transaction) return false;
    this.applyAndSave({ kind: 'redo', changes: transaction.changes }, transaction);
    return true;
  }

  get canUndo(): boolean {
    return this.history.canUndo;
  }

  get canRedo(): boolean {
    return this.history.canRedo;
  }

  get saveState(): SaveState {
    return this.queue.getState();
  }

  /** Changes whenever anything shown may have changed: a snapshot for `useSyncExternalStore`. */
  getVersion(): number {
    return this.version;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    const unsubscribeQueue = this.queue.subscribe(listener);
    return () => {
      this.listeners.delete(listener);
      unsubscribeQueue();
    };
  }

  onFailure(listener: (error: AppError) => void): () => void {
    this.failureListeners.add(listener);
    return () => this.failureListeners.delete(listener);
  }

  /** Resolves once every change so far is on disk (or failed). */
  flush(): Promise<void> {
    return this.queue.idle();
  }

  private applyAndSave(applied: Transaction, recorded: Transaction): void {
    this.apply(applied.changes.map((change) => [change.key, change.after]));
    void this.queue
      .enqueue(async () => {
        const outcome = await this.write(applied.changes);
        if (!outcome.ok) {
          this.history.forget(recorded);
          this.apply(applied.changes.map((change) => [change.key, change.before]));
          for (const listener of this.failureListeners) listener(outcome.error);
          return { ok: false, message: outcome.error.message };
        }
        return { ok: true };
      });
  }

  private async write(changes: readonly ObservationChange[]): Promise<{ ok: true } | { ok: false; error: AppError }> {
    const { save, remove } = writesOf(changes);
    if (save.length > 0) {
      const saved = await this.gateway.saveObservations({ observations: save });
      if (!saved.ok) return saved;
    }
    if (remove.length > 0) {
      const removed = await this.gateway.deleteObservations({ keys: remove });
      if (!removed.ok) return removed;
    }
    return { ok: true };
  }

  private apply(entries: [ObservationKey, Figures | null][]): void {
    for (const [key, figures] of entries) {
      const id = observationKey(key);
      if (figures === null) this.cache.delete(id);
      else this.cache.set(id, { key, figures });
    }
    this.changed();
  }

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}
