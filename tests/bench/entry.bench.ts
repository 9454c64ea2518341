import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppHandlers } from '../../shared/api';
import { createHandlers, systemClock, type DatasetStore } from '../../shared/app';
import { makePeriod, type ObservationKey } from '../../shared/model';
import { openDatasetStore, openPreferencesStore } from '../../electron/store';
import { EntrySession } from '../../renderer/features/entry/model/session/entry-session';
import type { ObservationChange } from '../../renderer/features/entry/model/session/transaction';
import { indicatorId, makeCatalog, makeObservations, zoneId } from '../integration/store/dataset-fixture';
import { apiOver } from '../unit/renderer/support/handler-gateway';
import { median, sample, type BenchFigure, type BenchSuite } from './bench';

const SIZE = { zones: 20, indicators: 60, years: 10, firstYear: 2016, revisions: 1 };
const CELL_SAVES = 40;
const PASTES = 10;
const TARGET = { cell: 10, paste: 200 };

/**
 * Commit to persisted, as the entry screens do it: the session applies the change, its save queue
 * calls the real handlers through the method's schema and JSON (as IPC does), the store resolves
 * once the files are durable. Timed from `commit` to the queue being idle again.
 */
async function timed(session: EntrySession, changes: ObservationChange[]): Promise<void> {
  session.commit('edit', changes);
  await session.flush();
}

function oneCellChanges(session: EntrySession, key: ObservationKey, value: number): ObservationChange[] {
  const before = session.figures(key)!;
  return [{ key, before, after: { ...before, value } }];
}

/** A 12-month × 60-indicator block, as pasted into one zone's indicators × months grid. */
function pasteChanges(session: EntrySession, zone: string, year: number, value: number): ObservationChange[] {
  const changes: ObservationChange[] = [];
  for (let indicator = 0; indicator < SIZE.indicators; indicator++) {
    for (let month = 1; month <= 12; month++) {
      const key: ObservationKey = {
        zoneId: zone,
        indicatorId: indicatorId(indicator),
        period: makePeriod(year, month),
        basis: 'ytd',
      };
      const before = session.figures(key);
      changes.push({
        key,
        before,
        after: {
          value: value + month,
          yoyPct: before?.yoyPct ?? null,
          source: before?.source ?? 'paste',
          note: before?.note ?? '',
        },
      });
    }
  }
  return changes;
}

async function measure(handlers: AppHandlers, store: DatasetStore): Promise<BenchFigure[]> {
  const session = new EntrySession(apiOver(handlers));
  const zone = zoneId(7);
  const year = SIZE.firstYear + 8;
  await session.load({ zoneIds: [zone], from: `${year}-01`, to: `${year}-12`, basis: 'ytd' });
  const cell: ObservationKey = {
    zoneId: zone,
    indicatorId: indicatorId(30),
    period: makePeriod(year, 6),
    basis: 'ytd',
  };

  let value = 5000;
  // The floor, measured in turn with each cell so both see the same machine: the store's own
  // durable commit of that one observation (its zone-year shard rewritten).
  const [stored] = await store.readObservations({
    zoneIds: [zone],
    indicatorIds: [cell.indicatorId],
    from: cell.period,
    to: cell.period,
    basis: 'ytd',
  });
  const storeOnly: number[] = [];
  const cells: number[] = [];
  for (let run = -3; run < CELL_SAVES; run++) {
    let start = performance.now();
    await store.commit({ upsert: [{ ...stored!, value: ++value }] });
    const floor = performance.now() - start;
    await session.load({ zoneIds: [zone], from: cell.period, to: cell.period, basis: 'ytd' });
    start = performance.now();
    await timed(session, oneCellChanges(session, cell, ++value));
    if (run < 0) continue;
    storeOnly.push(floor);
    cells.push(performance.now() - start);
  }
  const pastes = await sample(() => timed(session, pasteChanges(session, zone, year, (value += 100))), PASTES, 1);
  const undos = await sample(
    async () => {
      session.undo();
      await session.flush();
      session.redo();
      await session.flush();
    },
    PASTES / 2,
    0,
  );
  const ok = (ms: number, target: number) => `target < ${target} ms: ${ms < target ? 'met' : 'MISSED'}`;
  const floor = median(storeOnly);
  return [
    {
      name: 'entry.commit-one-cell',
      value: median(cells),
      unit: 'ms',
      ratio: `${ok(median(cells), TARGET.cell)}; ${(median(cells) / floor).toFixed(2)}× the store's own durable commit of it (${floor.toFixed(1)} ms)`,
    },
    { name: 'entry.commit-paste-12x60', value: median(pastes), unit: 'ms', ratio: ok(median(pastes), TARGET.paste) },
    { name: 'entry.undo-and-redo-paste-12x60', value: median(undos), unit: 'ms', ratio: 'two 720-cell commits' },
  ];
}

export const suite: BenchSuite = {
  title: `Entry: commit to persisted through the real handlers and store, ${SIZE.zones} zones × ${SIZE.indicators} indicators × ${SIZE.years} years (conf engine)`,
  async run() {
    const directory = await mkdtemp(join(tmpdir(), 'zone-stats-entry-bench-'));
    try {
      const seeding = await openDatasetStore({ directory });
      await seeding.commit({ catalog: makeCatalog(SIZE.zones, SIZE.indicators), upsert: makeObservations(SIZE) });
      await seeding.close();
      const store = await openDatasetStore({ directory });
      try {
        return await measure(
          createHandlers({ store, preferences: openPreferencesStore({ directory }), clock: systemClock }),
          store,
        );
      } finally {
        await store.close();
      }
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  },
};
