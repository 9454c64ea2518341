import { z } from 'zod';

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Double-digit growth by default: streak_months counts months with YoY at or above it. */
export const DEFAULT_STREAK_THRESHOLD = 10;
/** A streak threshold in %, wherever one is given (preferences, metrics, export, the command line). */
export const StreakThresholdSchema = z.number().finite().min(-100).max(1000);

export const PreferencesSchema = z.object({
  language: z.enum(LANGUAGES),
  theme: z.enum(THEMES),
  streakThreshold: StreakThresholdSchema,
  importSizeLimitMb: z.number().int().min(1).max(2000),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = {
  language: 'en',
  theme: 'system',
  streakThreshold: DEFAULT_STREAK_THRESHOLD,
  importSizeLimitMb: 50,
};

/** The app's language for a system or browser locale (`zh-CN`, `zh-Hans-CN`, `zh-TW` → zh; anything else → en). */
export function languageFromLocale(locale: string): Language {
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
