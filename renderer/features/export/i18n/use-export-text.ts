import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n } from 'i18next';
import type { Language } from '../../../../shared/api';
import { exportEn } from './en';
import type { ExportKey } from './messages';
import { exportZh } from './zh';

export const EXPORT_NAMESPACE = 'export';

/** Adds the Export screen's strings to an i18next instance, once. */
export function registerExportMessages(instance: i18n): void {
  if (!instance.hasResourceBundle('en', EXPORT_NAMESPACE)) instance.addResourceBundle('en', EXPORT_NAMESPACE, exportEn);
  if (!instance.hasResourceBundle('zh', EXPORT_NAMESPACE)) instance.addResourceBundle('zh', EXPORT_NAMESPACE, exportZh);
}

export type ExportText = (key: ExportKey, options?: Record<string, unknown>) => string;

/** The Export screen's translate function and the UI language. */
export function useExportText(): { t: ExportText; language: Language } {
  const { i18n: instance } = useTranslation();
  registerExportMessages(instance);
  const language: Language = instance.language === 'zh' ? 'zh' : 'en';
  const t = useCallback<ExportText>(
    (key, options) =>
      instance.t(`${EXPORT_NAMESPACE}:${key}`, { ...options, lng: language } as never) as unknown as string,
    [instance, language],
  );
  return { t, language };
}
