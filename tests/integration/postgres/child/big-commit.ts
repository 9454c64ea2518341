import { openPgDatasetStore } from '../../../../electron/store-pg';
import { makeObservations } from '../../store/dataset-fixture';

/** A second process that commits a large change (every value `value`) and says where it is. */
const [url, zones, value] = process.argv.slice(2) as [string, string, string];
const store = await openPgDatasetStore({ url });
const upsert = makeObservations({ zones: Number(zones), indicators: 60, years: 10, value: Number(value) });
console.log(`committing ${upsert.length}`);
await store.commit({ upsert });
console.log('committed');
await store.close();
