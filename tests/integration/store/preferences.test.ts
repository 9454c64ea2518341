import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES } from '../../../shared/api';
import { openDatasetStore, openPreferencesStore, PREFERENCES_FILE } from '../../../electron/store';
import { useTempDirectories } from './fixtures';

const tempDirectory = useTempDirectories();

describe('preferences', () => {
  it('start from the defaults and remember changes across a restart', async () => {
    const directory = await tempDirectory();
    const preferences = openPreferencesStore({ directory });
    expect(preferences.get()).toEqual(DEFAULT_PREFERENCES);
    expect(preferences.set({ language: 'zh', theme: 'dark' })).toEqual({
      ...DEFAULT_PREFERENCES,
      language: 'zh',
      theme: 'dark',
    });
    expect(openPreferencesStore({ directory }).get()).toEqual({
      ...DEFAULT_PREFERENCES,
      language: 'zh',
      theme: 'dark',
    });
  });

  it('refuse an invalid value and keep what they had', async () => {
    const directory = await tempDirectory();
    const preferences = openPreferencesStore({ directory });
    preferences.set({ streakThreshold: 15 });
    expect(() => preferences.set({ importSizeLimitMb: 0 })).toThrow();
    expect(preferences.get().importSizeLimitMb).toBe(DEFAULT_PREFERENCES.importSizeLimitMb);
    expect(openPreferencesStore({ directory }).get()).toEqual({ ...DEFAULT_PREFERENCES, streakThreshold: 15 });
  });

  it('fill a key the file does not have yet with its default', async () => {
    const directory = await tempDirectory();
    writeFileSync(join(directory, PREFERENCES_FILE), JSON.stringify({ language: 'zh' }));
    expect(openPreferencesStore({ directory }).get()).toEqual({ ...DEFAULT_PREFERENCES, language: 'zh' });
  });

  it.each([
    ['not JSON', '{"language":'],
    ['failing the schema', JSON.stringify({ ...DEFAULT_PREFERENCES, theme: 'purple' })],
  ])('move a file %s aside and use the defaults', async (_, text) => {
    const directory = await tempDirectory();
    writeFileSync(join(directory, PREFERENCES_FILE), text);
    const preferences = openPreferencesStore({ directory });
    expect(preferences.get()).toEqual(DEFAULT_PREFERENCES);
    const [notice] = preferences.notices();
    expect(readFileSync(notice!.movedTo, 'utf8')).toBe(text);
    preferences.set({ language: 'zh' });
    expect(openPreferencesStore({ directory }).notices()).toEqual([]);
  });

  it('live beside the dataset without being taken for part of it', async () => {
    const directory = await tempDirectory();
    openPreferencesStore({ directory }).set({ language: 'zh' });
    const store = await openDatasetStore({ directory });
    expect(await store.stats()).toMatchObject({ fileCount: 0 });
    expect(store.notices()).toEqual([]);
    await store.close();
  });
});
