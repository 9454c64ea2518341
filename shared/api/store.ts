import { z } from 'zod';
import { PreferencesSchema, type Preferences } from '../model/preferences';

import type { BackupReason } from './backup-reason';

export interface BackupInfo {
  id: string;
  createdAt: string;
  reason: BackupReason;
  sizeBytes: number;
}

/** Something the store found when it opened: a damaged file it moved aside, never silently reset. */
export interface StoreNotice {
  kind: 'damaged-file';
  file: string;
  movedTo: string;
  at: string;
  latestBackupId: string | null;
}

export interface StoreInfo {
  location: string;
  sizeBytes: number;
  fileCount: number;
  schemaVersion: number;
  backups: BackupInfo[];
  notices: StoreNotice[];
}

export {
  LANGUAGES,
  THEMES,
  PreferencesSchema,
  DEFAULT_PREFERENCES,
  languageFromLocale,
  type Language,
  type Theme,
  type Preferences,
} from '../model/preferences';

export const storeSchemas = {
  getStoreInfo: z.object({}).strict(),
  restoreBackup: z.object({ id: z.string().regex(/^[A-Za-z0-9_.-]{1,100}$/) }).strict(),
  /** The user accepts the loss of what the damaged files set aside held: writes resume. */
  acceptDamagedFiles: z.object({}).strict(),
  backupNow: z.object({}).strict(),
  getPreferences: z.object({}).strict(),
  setPreferences: z.object({ patch: PreferencesSchema.partial().strict() }).strict(),
};

export interface StoreResults {
  getStoreInfo: StoreInfo;
  restoreBackup: StoreInfo;
  acceptDamagedFiles: StoreInfo;
  /** A backup taken on request (Settings → Back up now), reason `manual`. */
  backupNow: StoreInfo;
  getPreferences: Preferences;
  setPreferences: Preferences;
}
