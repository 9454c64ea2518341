import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../shared/api';
import { OBSERVATION_ROWS } from '../../fixtures/import/seed-rows';
import { seededImportAppPerTest, unwrap, workbookFile } from './import-app';

const app = seededImportAppPerTest();

/** 1,500 monthly rows for the seed's zone and indicator: long enough to report progress. */
function longFile() {
  const rows: unknown[][] = [OBSERVATION_ROWS[0]!];
  for (let i = 0; i < 1500; i++)
    rows.push([
      'bt',
      'iav',
      `${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      i % 2 ? 'ytd' : 'month',
      1000 + i,
      5,
      '',
      '',
    ]);
  return workbookFile('long.xlsx', { Observations: rows.slice(0, 1501) });
}

describe('progress and cancel', () => {
  it('reports the stages of a long preview to a poll under its job id', async () => {
    const seen: ImportProgress[] = [];
    let polling = true;
    const poll = (async () => {
      while (polling) {
        const progress = await app().api.getImportProgress({ jobId: 'job-1' });
        if (progress.ok) seen.push(progress.value);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const preview = unwrap(await app().api.previewImport({ file: await longFile(), jobId: 'job-1' }));
    polling = false;
    await poll;
    expect(preview.rows).toBe(1500);
    expect(seen.map((progress) => progress.stage)).toContain('checking');
    expect(unwrap(await app().api.getImportProgress({ jobId: 'job-1' }))).toMatchObject({
      stage: 'done',
      cancellable: false,
    });
  });

  it('cancels a commit before anything is written', async () => {
    const before = await app().hash();
    const commit = app().api.commitImport({ file: await longFile(), jobId: 'job-2' });
    expect(unwrap(await app().api.cancelImport({ jobId: 'job-2' }))).toEqual({ cancelled: true });
    const result = await commit;
    expect(result.ok || result.error).toMatchObject({
      code: 'refused',
      message: 'the import was cancelled; nothing was written',
    });
    expect(unwrap(await app().api.getImportProgress({ jobId: 'job-2' })).stage).toBe('cancelled');
    expect(await app().hash()).toBe(before);
  });

  it('does not cancel a finished job', async () => {
    unwrap(await app().api.commitImport({ file: await longFile(), jobId: 'job-3' }));
    expect(unwrap(await app().api.cancelImport({ jobId: 'job-3' }))).toEqual({ cancelled: false });
    expect((await app().api.getImportProgress({ jobId: 'unknown' })).ok).toBe(false);
  });
});
