import { fail, ok, type AppHandlers } from '../../api';
import { ObservationSchema, type Observation } from '../../model';
import type { AppPorts, DatasetStore } from '../ports';
import { SAMPLE_CATALOG, sampleObservations } from './sample-dataset';

type SampleHandlers = Pick<AppHandlers, 'getSampleStatus' | 'openSampleData' | 'leaveSampleData'>;

async function isEmpty(store: DatasetStore): Promise<boolean> {
  const catalog = await store.readCatalog();
  return catalog.zones.length === 0 && catalog.indicators.length === 0;
}

/** Fills an empty store with the sample (its own folder: never the user's data). */
export async function fillSampleStore(store: DatasetStore, now: Date): Promise<boolean> {
  if (!(await isEmpty(store))) return false;
  const at = now.toISOString();
  const upsert: Observation[] = sampleObservations().map((input) =>
    ObservationSchema.parse({ ...input, updatedAt: at, history: [] }),
  );
  await store.commit({ catalog: SAMPLE_CATALOG, upsert });
  return true;
}

const NOT_HERE = 'only the desktop app opens the sample data';

/** First run: the sample data offered to a user with no data, opened in its own folder, left in one click. */
export function createSampleHandlers(ports: AppPorts): SampleHandlers {
  return {
    getSampleStatus: async () => {
      const active = ports.sample?.active ?? false;
      if (active) await fillSampleStore(ports.store, ports.clock.now());
      return ok({ active, offered: ports.sample !== undefined && !active && (await isEmpty(ports.store)) });
    },
    openSampleData: async () => {
      if (!ports.sample) return fail('refused', NOT_HERE);
      await ports.sample.switchTo(true);
      return ok({ switching: true as const });
    },
    leaveSampleData: async () => {
      if (!ports.sample) return fail('refused', NOT_HERE);
      await ports.sample.switchTo(false);
      return ok({ switching: true as const });
    },
  };
}
