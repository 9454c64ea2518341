import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, openImportApp, unwrap, type ImportApp } from './import-app';

let app: ImportApp | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

describe('an import taken back leaves no empty zone folder (issue 10 §8)', () => {
  it('the seed imported into an empty store, then undone: no zone folder is left under observations/', async () => {
    app = await openImportApp();
    const report = unwrap(await app.api.commitImport({ file: await fixture('canonical.xlsx') }));
    await app.store.flush();
    const observations = join(app.directory, 'observations');
    // The seed holds bt's figures: its zone folder exists once committed.
    expect(readdirSync(observations)).toContain('zone-bt');
    unwrap(await app.api.undoImport({ importId: report.importId!, force: true }));
    await app.store.flush();
    expect(existsSync(observations) ? readdirSync(observations) : []).toEqual([]);
  });
});
