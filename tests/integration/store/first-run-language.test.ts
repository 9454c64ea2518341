import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, languageFromLocale } from '../../../shared/api';
import { openPreferencesStore } from '../../../electron/store';
import { useTempDirectories } from './fixtures';

const tempDirectory = useTempDirectories();

describe('the first run', () => {
  it('reads the system locale as the app language', () => {
    expect(['zh-CN', 'zh-Hans-CN', 'zh-TW', 'ZH'].map(languageFromLocale)).toEqual(['zh', 'zh', 'zh', 'zh']);
    expect(['en-US', 'de-DE', 'ja', ''].map(languageFromLocale)).toEqual(['en', 'en', 'en', 'en']);
  });

  it('starts in the system language until one is chosen, and keeps the chosen one after', async () => {
    const directory = await tempDirectory();
    const preferences = openPreferencesStore({ directory, firstRun: { language: languageFromLocale('zh-CN') } });
    expect(preferences.get()).toEqual({ ...DEFAULT_PREFERENCES, language: 'zh' });
    preferences.set({ language: 'en' });
    expect(openPreferencesStore({ directory, firstRun: { language: 'zh' } }).get().language).toBe('en');
  });
});
