import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/api';
import { createHandlers, type SampleSwitch } from '../../../shared/app';
import { openDatasetStore, openPreferencesStore, type OpenedDatasetStore } from '../../../electron/store';
import { FIXED_CLOCK } from './temp-app';

const SEED = readFileSync(join(import.meta.dirname, '../../fixtures/brief/seed-brief-en.md'), 'utf8');

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const opened: { directory: string; store: OpenedDatasetStore }[] = [];
async function appWith(sample?: SampleSwitch) {
  const directory = await mkdtemp(join(tmpdir(), 'zone-stats-sample-'));
  const store = await openDatasetStore({ directory });
  opened.push({ directory, store });
  return createHandlers({
    store,
    preferences: openPreferencesStore({ directory }),
    clock: FIXED_CLOCK,
    ...(sample ? { sample } : {}),
  });
}
afterEach(async () => {
  for (const { directory, store } of opened.splice(0)) {
    await store.close();
    await rm(directory, { recursive: true, force: true });
  }
});

function recordingSwitch(active: boolean) {
  const calls: boolean[] = [];
  return { calls, sample: { active, switchTo: async (to: boolean) => void calls.push(to) } satisfies SampleSwitch };
}

describe('the sample data', () => {
  it('is offered to a user with no data, where the app can switch, and opening it asks main to switch', async () => {
    const { calls, sample } = recordingSwitch(false);
    const api = await appWith(sample);
    expect(unwrap(await api.getSampleStatus({}))).toEqual({ active: false, offered: true });
    unwrap(await api.openSampleData({}));
    expect(calls).toEqual([true]);
    // Nothing was written into the user's (empty) data.
    expect(unwrap(await api.listZones({}))).toEqual([]);
  });

  it('is not offered once the user has data, nor where nothing can switch (the command line)', async () => {
    const withData = await appWith(recordingSwitch(false).sample);
    unwrap(await withData.createZone({ zone: { id: 'z', name: 'Z', nameZh: '', region: '', benchmarkZoneId: null } }));
    expect(unwrap(await withData.getSampleStatus({}))).toEqual({ active: false, offered: false });
    const cli = await appWith();
    expect(unwrap(await cli.getSampleStatus({}))).toEqual({ active: false, offered: false });
    expect((await cli.openSampleData({})).ok).toBe(false);
  });

  it('fills its own folder on first use, labelled, and the seed brief read against it agrees on every claim', async () => {
    const { calls, sample } = recordingSwitch(true);
    const api = await appWith(sample);
    expect(unwrap(await api.getSampleStatus({}))).toEqual({ active: true, offered: false });
    const observations = unwrap(await api.getObservations({}));
    expect(observations.every((o) => o.source.startsWith('Sample: '))).toBe(true);
    expect(observations.filter((o) => o.source.includes('illustrative')).length).toBeGreaterThan(50);
    // Filled once: a second status call adds nothing.
    unwrap(await api.getSampleStatus({}));
    expect(unwrap(await api.getObservations({})).length).toBe(observations.length);

    const preview = unwrap(await api.previewBrief({ text: SEED, published: '2025-06-25', defaultZoneId: 'btrehtz' }));
    const claims = preview.statements.flatMap((statement) =>
      statement.claims.map((claim) => [claim.kind, claim.figure, claim.check]),
    );
    // 14.8 − 12.3 = 2.5; Dec 2020 – May 2025 = 54 months at 10 % or more; 16.9 × 31,950 / 100,000 = 5.39955; 38 × 18,680 / 100,000 = 7.0984.
    expect(claims).toEqual([
      ['gap_pp', 2.5, 'agrees'],
      ['streak_months', 54, 'agrees'],
      ['contribution_pp', 5.4, 'agrees'],
      ['contribution_pp', 7.1, 'agrees'],
    ]);
    expect(preview.diff.conflicts).toBe(0);

    unwrap(await api.leaveSampleData({}));
    expect(calls).toEqual([false]);
  });
});
