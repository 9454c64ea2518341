import { createHandlers, systemClock } from '../../../../shared/app';
import { openDatasetStore, openPreferencesStore } from '../../../../electron/store';

/** Run as a user who may not write the folder: reads through the real handlers, tries a write, prints JSON. */
const directory = process.argv[2]!;
const store = await openDatasetStore({ directory });
const handlers = createHandlers({ store, preferences: openPreferencesStore({ directory }), clock: systemClock });
const observations = await handlers.getObservations({});
const zones = await handlers.listZones({});
const write = await handlers.createZone({
  zone: { id: 'new', name: 'New', nameZh: '', region: '', benchmarkZoneId: null },
});
await store.close();
console.log(
  JSON.stringify({
    observations: observations.ok ? observations.value.length : observations.error,
    zones: zones.ok ? zones.value.map((zone) => zone.id) : zones.error,
    write,
  }),
);
