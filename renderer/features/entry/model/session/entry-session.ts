import type { AppApi, AppError, ObservationQuery } from '../../../../../shared/api';
import { observationKey, type ObservationKey } from '../../../../../shared/model';
import { figuresOf, sameFigures, type Figures } from './figures';
import { SaveQueue, type SaveState } from './save-queue';
import {
  invert,
  normalize,
  writesOf,
  type ObservationChange,
  type Transaction,
  type TransactionKind,
} from './transaction';
import { UndoHistory } from './undo-history';
import { UnsavedEntries } from './unsaved-entries';

/** Why the undo history was dropped: a restored backup, or a figure found changed by someone else. */
export type OutsideChange = 'replaced' | 'changed';

/** Asked before a change lands in verified zone-months (how many): true returns them to draft. */
export type ReopenAsker = (verifiedMonths: number) => Promise<boolean>;

/**
 * The calls the entry screens make; in the app they go through `window.api`. With
 * `getObservationVersions` every save says which version of each figure it was based on, so one
 * another user changed meanwhile comes back as a conflict instead of being overwritten.
 */
export type EntryGateway = Pick<AppApi, 'getObservations' | 'saveObservations' | 'deleteObservations'> &
  Partial<Pick<AppApi, 'getObservationVersions'>>;

/** A save refused because another user changed a figure since it was read (details name them). */
export function isVersionConflict(error: AppError): boolean {
  return error.code === 'conflict' && error.details?.changedBy !== undefined;
}

function keyOf(id: string): ObservationKey {
  const [zoneId = '', indicatorId = '', period = '', basis] = id.split('|');
  return { zoneId, indicatorId, period, basis: basis === 'month' ? 'month' : 'ytd' };
}

function spanOf(keys: readonly ObservationKey[]): ObservationQuery {
  const periods = keys.map((key) => key.period).sort();
  return {
    zoneIds: [...new Set(keys.map((key) => key.zoneId))],
    indicatorIds: [...new Set(keys.map((key) => key.indicatorId))],
    from: periods[0],
    to: periods.at(-1),
  };
}

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
  readonly unsaved = new UnsavedEntries(() => this.changed());
  private readonly cache = new Map<string, { key: ObservationKey; figures: Figures }>();
  /** The stored version of each figure loaded or saved (absent: not stored, version 0). */
  private readonly versions = new Map<string, number>();
  private readonly history = new UndoHistory();
  private readonly listeners = new Set<() => void>();
  private readonly failureListeners = new Set<(error: AppError) => void>();
  private readonly outsideListeners = new Set<(change: OutsideChange) => void>();
  private version = 0;
  private askReopen: ReopenAsker = async () => false;
  private reopenedCount = 0;

  constructor(
    private readonly gateway: EntryGateway,
    now?: () => Date,
  ) {
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
      this.cache.set(observationKey(observation), {
        key: { zoneId, indicatorId, period, basis },
        figures: figuresOf(observation),
      });
    }
    this.changed();
    return { ok: true };
  }

  /** The versions of what `query` finds, replacing those held for its window. */
  private async readVersions(query: ObservationQuery): Promise<void> {
    if (!this.gateway.getObservationVersions) return;
    const read = await this.gateway.getObservationVersions(query);
    if (!read.ok) return;
    for (const id of this.versions.keys()) if (inQuery(keyOf(id), query)) this.versions.delete(id);
    for (const [id, version] of Object.entries(read.value)) this.versions.set(id, version);
  }

  private async fetchWhenIdle(query: ObservationQuery) {
    await this.queue.idle();
    // Versions first: a figure changed between the two reads is then based on an older version (a
    // conflict when saved), never on a newer one than the figure shown (an overwrite).
    await this.readVersions(query);
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

  /**
   * Undo and redo act only on figures the store still holds as this session left them: one changed
   * from outside (an import, the command line) is kept, and the history is dropped.
   */
  undo(): boolean {
    const transaction = this.history.takeUndo();
    if (!transaction) return false;
    this.applyAndSave(invert(transaction, 'undo'), transaction, true);
    return true;
  }

  redo(): boolean {
    const transaction = this.history.takeRedo();
    if (!transaction) return false;
    this.applyAndSave({ kind: 'redo', changes: transaction.changes }, transaction, true);
    return true;
  }

  /** The dataset was replaced (a restored backup): nothing done before can be undone, nothing loaded is current. */
  forgetAfterReplace(): void {
    this.history.clear();
    this.cache.clear();
    this.versions.clear();
    this.changed();
    for (const listener of this.outsideListeners) listener('replaced');
  }

  /** Who asks before verified figures change; without one, such a change is not made. */
  setReopenAsker(asker: ReopenAsker): () => void {
    this.askReopen = asker;
    return () => {
      if (this.askReopen === asker) this.askReopen = async () => false;
    };
  }

  /** Bumped whenever an edit returned verified zone-months to draft, so statuses on screen are read again. */
  get reopened(): number {
    return this.reopenedCount;
  }

  onOutsideChange(listener: (change: OutsideChange) => void): () => void {
    this.outsideListeners.add(listener);
    return () => this.outsideListeners.delete(listener);
  }

  get canUndo(): boolean {
    return this.history.canUndo;
  }

  get nextUndo(): Transaction | undefined {
    return this.history.nextUndo;
  }

  get nextRedo(): Transaction | undefined {
    return this.history.nextRedo;
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

  private applyAndSave(applied: Transaction, recorded: Transaction, checkStore = false): void {
    this.apply(applied.changes.map((change) => [change.key, change.after]));
    void this.queue.enqueue(async () => {
      if (checkStore) {
        const changedOutside = await this.changedOutside(applied.changes);
        if (changedOutside === null) return { ok: true };
      }
      let outcome = await this.write(applied.changes, false);
      if (!outcome.ok && outcome.error.code === 'conflict' && outcome.error.details?.verified !== undefined) {
        if (!(await this.askReopen(Number(outcome.error.details.verified)))) {
          // Kept verified: nothing failed, the edit is just not made.
          this.history.forget(recorded);
          await this.showStored(applied.changes.map((change) => change.key));
          return { ok: true };
        }
        outcome = await this.write(applied.changes, true);
        if (outcome.ok) {
          this.reopenedCount++;
          this.changed();
        }
      }
      if (!outcome.ok) {
        this.history.forget(recorded);
        this.apply(applied.changes.map((change) => [change.key, change.before]));
        for (const listener of this.failureListeners) listener(outcome.error);
        return { ok: false, message: outcome.error.message };
      }
      return { ok: true };
    });
  }

  /**
   * Null when the store no longer holds what these changes start from: the store's figures are
   * shown, the history dropped and the listeners told. Otherwise the changes, unchanged.
   */
  private async changedOutside(changes: readonly ObservationChange[]): Promise<readonly ObservationChange[] | null> {
    const keys = changes.map((change) => change.key);
    const current = await this.readStored(keys);
    if (current === null || changes.every((change) => sameFigures(current(change.key), change.before))) return changes;
    this.history.clear();
    this.apply(keys.map((key) => [key, current(key)]));
    for (const listener of this.outsideListeners) listener('changed');
    return null;
  }

  /** What the store holds for these keys (null: it could not be read). */
  private async readStored(keys: readonly ObservationKey[]): Promise<((key: ObservationKey) => Figures | null) | null> {
    const read = await this.gateway.getObservations(spanOf(keys));
    if (!read.ok) return null;
    const stored = new Map(read.value.map((observation) => [observationKey(observation), figuresOf(observation)]));
    return (key) => stored.get(observationKey(key)) ?? null;
  }

  private async showStored(keys: readonly ObservationKey[]): Promise<void> {
    const current = await this.readStored(keys);
    if (current) this.apply(keys.map((key) => [key, current(key)]));
  }

  private async write(
    changes: readonly ObservationChange[],
    reopenVerified: boolean,
  ): Promise<{ ok: true } | { ok: false; error: AppError }> {
    const { save, remove } = writesOf(changes);
    const reopen = reopenVerified ? { reopenVerified: true } : {};
    if (save.length > 0) {
      const based = this.gateway.getObservationVersions
        ? {
            expectedVersions: Object.fromEntries(
              save.map((o) => [observationKey(o), this.versions.get(observationKey(o)) ?? 0]),
            ),
          }
        : {};
      const saved = await this.gateway.saveObservations({ observations: save, ...reopen, ...based });
      if (!saved.ok) return saved;
      // Each figure sent differs from the one it was based on (a change), so the store raised its version by one.
      for (const id of save.map(observationKey)) this.versions.set(id, (this.versions.get(id) ?? 0) + 1);
    }
    if (remove.length > 0) {
      const based = this.gateway.getObservationVersions
        ? {
            expectedVersions: Object.fromEntries(
              remove.map((key) => [observationKey(key), this.versions.get(observationKey(key)) ?? 0]),
            ),
          }
        : {};
      const removed = await this.gateway.deleteObservations({ keys: remove, ...reopen, ...based });
      if (!removed.ok) return removed;
      for (const key of remove) this.versions.delete(observationKey(key));
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
