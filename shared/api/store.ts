import { z } from 'zod';

export interface BackupInfo {
  id: string;
  createdAt: string;
  reason: string;
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

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const PreferencesSchema = z.object({
  language: z.enum(LANGUAGES),
  theme: z.enum(THEMES),
  /** Double-digit growth by default: the streak counts months with YoY at or above it. */
  streakThreshold: z.number().finite().min(-100).max(1000),
  importSizeLimitMb: z.number().int().min(1).max(2000),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = {
  language: 'en',
  theme: 'system',
  streakThreshold: 10,
  importSizeLimitMb: 50,
};

export const storeSchemas = {
  getStoreInfo: z.object({}).strict(),
  restoreBackup: z.object({ id: z.string().regex(/^[A-Za-z0-9_.-]{1,100}$/) }).strict(),
  /** The user accepts the loss of what the damaged files set aside held: writes resume. */
  acceptDamagedFiles: z.object({}).strict(),
  getPreferences: z.object({}).strict(),
  setPreferences: z.object({ patch: PreferencesSchema.partial().strict() }).strict(),
};

export interface StoreResults {
  getStoreInfo: StoreInfo;
  restoreBackup: StoreInfo;
  acceptDamagedFiles: StoreInfo;
  getPreferences: Preferences;
  setPreferences: Preferences;
}
