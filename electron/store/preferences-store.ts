import { DEFAULT_PREFERENCES, PreferencesSchema, type Preferences, type StoreNotice } from '../../shared/api/store';
import type { PreferencesStore } from '../../shared/app/ports';
import { confEngine } from './conf-engine';
import type { StoreEngine } from './engine';
import { openSmallFile } from './small-file';

export const PREFERENCES_FILE = 'preferences.json';

export interface PreferencesStoreOptions {
  directory: string;
  engine?: StoreEngine;
  /** What the first run starts with besides the defaults: the system's language. */
  firstRun?: Partial<Preferences>;
}

export type OpenedPreferencesStore = PreferencesStore & {
  /** A damaged preferences file found on open (moved aside; defaults used). */
  notices(): StoreNotice[];
};

/** Keys a newer version does not know yet take their defaults; a value out of range makes the file damaged. */
function parsePreferences(content: unknown): Preferences | null {
  if (content === null || typeof content !== 'object' || Array.isArray(content)) return null;
  const parsed = PreferencesSchema.safeParse({ ...DEFAULT_PREFERENCES, ...content });
  return parsed.success ? parsed.data : null;
}

/** Preferences in their own small file, separate from the dataset. */
export function openPreferencesStore({
  directory,
  engine = confEngine,
  firstRun = {},
}: PreferencesStoreOptions): OpenedPreferencesStore {
  const file = openSmallFile({ directory, fileName: PREFERENCES_FILE, engine, parse: parsePreferences });
  let current: Preferences = file.initial ?? PreferencesSchema.parse({ ...DEFAULT_PREFERENCES, ...firstRun });
  return {
    get: () => ({ ...current }),
    set(patch) {
      const next = PreferencesSchema.parse({ ...current, ...patch });
      file.save(next);
      current = next;
      return { ...current };
    },
    notices: () => (file.notice ? [file.notice] : []),
  };
}
