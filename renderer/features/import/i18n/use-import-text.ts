import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n } from 'i18next';
import { importEn } from './en';
import type { ImportKey } from './messages';
import { importZh } from './zh';

export const IMPORT_NAMESPACE = 'import';

/** Adds the import wizard's strings to an i18next instance, once. */
export function registerImportMessages(instance: i18n): void {
  if (!instance.hasResourceBundle('en', IMPORT_NAMESPACE)) instance.addResourceBundle('en', IMPORT_NAMESPACE, importEn);
  if (!instance.hasResourceBundle('zh', IMPORT_NAMESPACE)) instance.addResourceBundle('zh', IMPORT_NAMESPACE, importZh);
}

export type ImportText = (key: ImportKey, options?: Record<string, unknown>) => string;

/** The import wizard's translate function and the UI language (`en`, `zh`). */
export function useImportText(): { t: ImportText; language: string } {
  const { i18n: instance } = useTranslation();
  registerImportMessages(instance);
  const language = instance.language;
  const t = useCallback<ImportText>(
    (key, options) =>
      instance.t(`${IMPORT_NAMESPACE}:${key}`, { ...options, lng: language } as never) as unknown as string,
    [instance, language],
  );
  return { t, language };
}
