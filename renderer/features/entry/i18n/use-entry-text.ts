import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n } from 'i18next';
import { entryEn } from './en';
import type { EntryKey } from './messages';
import { entryZh } from './zh';

export const ENTRY_NAMESPACE = 'entry';

/** Adds the entry screens' strings to an i18next instance, once. */
export function registerEntryMessages(instance: i18n): void {
  if (!instance.hasResourceBundle('en', ENTRY_NAMESPACE)) instance.addResourceBundle('en', ENTRY_NAMESPACE, entryEn);
  if (!instance.hasResourceBundle('zh', ENTRY_NAMESPACE)) instance.addResourceBundle('zh', ENTRY_NAMESPACE, entryZh);
}

export type EntryText = (key: EntryKey, options?: Record<string, unknown>) => string;

/** The entry screens' translate function and the UI language (`en`, `zh`). */
export function useEntryText(): { t: EntryText; language: string } {
  const { i18n: instance } = useTranslation();
  registerEntryMessages(instance);
  const language = instance.language;
  const t = useCallback<EntryText>(
    (key, options) =>
      instance.t(`${ENTRY_NAMESPACE}:${key}`, { ...options, lng: language } as never) as unknown as string,
    [instance, language],
  );
  return { t, language };
}
