import pg from 'pg';
import { copyRows } from '../../electron/store-pg/copy-in';
import { historyClaim } from '../../electron/store-pg/history-claim';
import { FIGURE_COLUMNS, figureFields } from '../../electron/store-pg/staging';
import { grantZones, openPgDatasetStore } from '../../electron/store-pg';
import { mergeObservations } from '../../shared/app/merge-observations';
import { observationKey, type Observation, type ObservationInput } from '../../shared/model';
import { createDatasetDatabase, loginOf } from '../integration/postgres/dataset-database';
import { postgresBin, startPostgres } from '../integration/postgres/server';
import {
  indicatorId,
  makeCatalog,
  makeObservation,
  makeObservations,
  zoneId,
} from '../integration/store/dataset-fixture';
import { median, type BenchFigure, type BenchSuite } from './bench';

/**
 * The PostgreSQL store on loopback, against the bare driver on the same server in the same run.
 * The server is Debian's, started on a temporary directory with fsync on (commits are durable).
 */
const SIZE = { zones: 100, indicators: 60, years: 10, firstYear: 2016, revisions: 1 };
const LOAD_CHUNK_ZONES = 10;
/** 100 zones × 60 indicators × 11 months × 2 bases: a province's import of a year so far. */
const IMPORT_MONTHS = 11;
const SAVES = 30;
const IMPORTS = 3;
const OPENS = 5;

const ratio = (value: number, floor: number, what: string) =>
  `${(value / floor).toFixed(2)}× ${what} (${floor.toFixed(floor >= 100 ? 0 : 2)} ms)`;

async function timed(task: () => unknown): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

/** Zones `first` … `first + count - 1` of the dataset. */
function zoneChunk(first: number, count: number): Observation[] {
  return makeObservations({ ...SIZE, zones: count }).map((o) => ({
    ...o,
    zoneId: zoneId(Number(o.zoneId.slice('zone-'.length)) - 1 + first),
  }));
}

/** What a bureau's spreadsheet brings: new figures for every zone, indicator and month of the year so far. */
function importInputs(value: number): ObservationInput[] {
  const rows: ObservationInput[] = [];
  for (let z = 0; z < SIZE.zones; z++)
    for (let i = 0; i < SIZE.indicators; i++)
      for (let month = 1; month <= IMPORT_MONTHS; month++)
        for (const basis of ['month', 'ytd'] as const) {
          rows.push({
            zoneId: zoneId(z),
            indicatorId: indicatorId(i),
            period: `2025-${String(month).padStart(2, '0')}`,
            basis,
            value: value + month,
            yoyPct: 8.5,
            source: 'bureau',
            note: '',
          });
        }
  return rows;
}

/** The history entries of a loaded figure, as migration 4 makes them from a history sent whole (no author). */
const REVISION_COLUMNS = [
  ...FIGURE_COLUMNS.filter((column) => column !== 'updated_at'),
  'deleted',
  'history_id',
  'history_position',
  'history_replaced_at',
];
const historyEntryRows = ({ o, id }: { o: Observation; id: number }) =>
  o.history.map((entry, position) => [
    o.zoneId,
    o.indicatorId,
    o.period,
    o.basis,
    entry.value,
    entry.yoyPct,
    entry.source,
    entry.note,
    false,
    id,
    position,
    entry.replacedAt,
  ]);

export const suite: BenchSuite = {
  title: `PostgreSQL store: ${SIZE.zones} zones × ${SIZE.indicators} indicators × ${SIZE.years} years × 12 months × 2 bases (1.44 M observations, one revision each), loopback`,
  async run(): Promise<BenchFigure[]> {
    if (!postgresBin()) {
      console.log('postgres: skipped, PostgreSQL is not installed (apt-get install postgresql)');
      return [];
    }
    const server = await startPostgres({ fsync: true });
    const opened: { end(): Promise<unknown> }[] = [];
    try {
      const database = await createDatasetDatabase(server, 'bench');
      const url = await database.user('ada', 'admin');
      const store = await openPgDatasetStore({ url });
      opened.push({ end: () => store.close() });

      const bare = await database.connectAs(database.ownerUrl);
      opened.push(bare);
      // Loaded with bare COPYs by the owner: the setup, not what is measured.
      let loading = performance.now();
      await store.commit({ catalog: makeCatalog(SIZE.zones, SIZE.indicators) });
      let historyId = 0;
      for (let first = 0; first < SIZE.zones; first += LOAD_CHUNK_ZONES) {
        const chunk = zoneChunk(first, LOAD_CHUNK_ZONES).map((o) => ({ o, id: ++historyId }));
        await copyRows(
          bare,
          'zone_stats.observations',
          [...FIGURE_COLUMNS, 'history_id', 'history_length', 'history_digest'],
          chunk.map(({ o, id }) => [...figureFields(o), id, o.history.length, historyClaim(o).digest]),
        );
        await copyRows(bare, 'zone_stats.revisions', REVISION_COLUMNS, chunk.flatMap(historyEntryRows));
      }
      await bare.query(`SELECT setval('zone_stats.history_ids', $1)`, [historyId]);
      loading = performance.now() - loading;
      const { rows: counted } = await bare.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM zone_stats.observations',
      );
      await bare.query('VACUUM ANALYZE zone_stats.observations, zone_stats.revisions');
      // The baseline stays what it was before migration 4 (the rows with their histories as JSON), so rounds compare.
      await bare.query(
        `CREATE TABLE public.bare_observations (LIKE zone_stats.observations INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES);
         ALTER TABLE public.bare_observations ADD COLUMN history json NOT NULL DEFAULT '[]'`,
      );

      // One cell saved, based on its version, as the entry grid will; taken in turn with a bare one-row INSERT in a transaction.
      const cell = makeObservation(zoneId(41), 'ind-30', '2021-06', 'ytd', { value: 1 });
      const key = observationKey(cell);
      const saves: number[] = [];
      const bareInserts: number[] = [];
      for (let run = -3; run < SAVES; run++) {
        const version = (await store.readVersions([cell]))[key]!;
        const save = await timed(() =>
          store.commit({ upsert: [{ ...cell, value: run + 10 }], expectedVersions: { [key]: version } }),
        );
        const insert = await timed(async () => {
          await bare.query('BEGIN');
          await bare.query(
            `INSERT INTO public.bare_observations (zone_id, indicator_id, period, basis, value, updated_at) VALUES ($1, 'ind-30', '2021-06', 'ytd', 1, 'x')`,
            [`bare-${run}`],
          );
          await bare.query('COMMIT');
        });
        if (run < 0) continue;
        saves.push(save);
        bareInserts.push(insert);
      }

      // A 132,000-row import committed (every row an update of a stored figure), against a bare COPY of the same rows.
      const imports: number[] = [];
      const bareCopies: number[] = [];
      let imported = 0;
      for (let run = 0; run < IMPORTS; run++) {
        // As the import use case does: the new figures laid over the stored ones, each replaced figure kept in its history.
        const stored = await store.readObservations({ from: '2025-01', to: `2025-${IMPORT_MONTHS}` });
        const rows = mergeObservations(stored, importInputs(5000 + run * 100), new Date()).upsert;
        imported = rows.length;
        imports.push(await timed(() => store.commit({ upsert: rows })));
        await bare.query('TRUNCATE public.bare_observations');
        bareCopies.push(
          await timed(() =>
            copyRows(
              bare,
              'public.bare_observations',
              [...FIGURE_COLUMNS, 'history'],
              rows.map((o) => [...figureFields(o), JSON.stringify(o.history)]),
            ),
          ),
        );
      }

      // The same import by a clerk granted every zone: each row passes the row-level security policies.
      const clerkUrl = await database.user('clara', 'clerk');
      await grantZones(
        bare,
        loginOf(clerkUrl),
        Array.from({ length: SIZE.zones }, (_, z) => zoneId(z)),
      );
      const clerk = await openPgDatasetStore({ url: clerkUrl });
      opened.push({ end: () => clerk.close() });
      const clerkImports: number[] = [];
      for (let run = 0; run < IMPORTS; run++) {
        const stored = await clerk.readObservations({ from: '2025-01', to: `2025-${IMPORT_MONTHS}` });
        const rows = mergeObservations(stored, importInputs(7000 + run * 100), new Date()).upsert;
        clerkImports.push(await timed(() => clerk.commit({ upsert: rows })));
      }

      // Opening to the first screen: connect, check the schema, the catalog and the latest month of every zone.
      const latest = { from: '2025-12', to: '2025-12' };
      let firstScreenRows = 0;
      const opens: number[] = [];
      const bareOpens: number[] = [];
      for (let run = -1; run < OPENS; run++) {
        const open = await timed(async () => {
          const fresh = await openPgDatasetStore({ url });
          await fresh.readCatalog();
          firstScreenRows = (await fresh.readObservations(latest)).length;
          await fresh.close();
        });
        const bareOpen = await timed(async () => {
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          await client.query(`SELECT * FROM zone_stats.observations WHERE period = '2025-12'`);
          await client.end();
        });
        if (run < 0) continue;
        opens.push(open);
        bareOpens.push(bareOpen);
      }

      return [
        {
          name: 'postgres.load-dataset',
          value: loading / 1000,
          unit: 's',
          ratio: `${counted[0]!.n} observations with their history, bare COPYs (setup)`,
        },
        {
          name: 'postgres.save-one-cell',
          value: median(saves),
          unit: 'ms',
          ratio: `${ratio(median(saves), median(bareInserts), 'bare one-row INSERT in a transaction')}; budget 20 ms`,
        },
        {
          name: 'postgres.import-commit',
          value: median(imports),
          unit: 'ms',
          ratio: `${imported} rows, each with its replaced figure added to its history; ${ratio(median(imports), median(bareCopies), 'bare COPY of the same rows into an empty table')}; budget 3000 ms`,
        },
        {
          name: 'postgres.import-commit-as-clerk',
          value: median(clerkImports),
          unit: 'ms',
          ratio: `the same import by a clerk granted all ${SIZE.zones} zones, under row-level security; ${ratio(median(clerkImports), median(imports), "the admin's import")}`,
        },
        {
          name: 'postgres.open-to-first-screen',
          value: median(opens),
          unit: 'ms',
          ratio: `${firstScreenRows} observations and the catalog; ${ratio(median(opens), median(bareOpens), 'bare connect + SELECT of the same month')}; budget 1000 ms`,
        },
      ];
    } finally {
      for (const client of opened.reverse()) await client.end().catch(() => undefined);
      server.stop();
    }
  },
};
