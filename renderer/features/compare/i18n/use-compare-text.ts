import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n } from 'i18next';
import type { Language } from '../../../../shared/api';
import { compareEn } from './en';
import type { CompareKey } from './messages';
import { compareZh } from './zh';

export const COMPARE_NAMESPACE = 'compare';

/** Adds the Compare screen's strings to an i18next instance, once. */
export function registerCompareMessages(instance: i18n): void {
  if (!instance.hasResourceBundle('en', COMPARE_NAMESPACE))
    instance.addResourceBundle('en', COMPARE_NAMESPACE, compareEn);
  if (!instance.hasResourceBundle('zh', COMPARE_NAMESPACE))
    instance.addResourceBundle('zh', COMPARE_NAMESPACE, compareZh);
}

export type CompareText = (key: CompareKey, options?: Record<string, unknown>) => string;

/** The Compare screen's translate function and the UI language. */
export function useCompareText(): { t: CompareText; language: Language } {
  const { i18n: instance } = useTranslation();
  registerCompareMessages(instance);
  const language: Language = instance.language === 'zh' ? 'zh' : 'en';
  const t = useCallback<CompareText>(
    (key, options) =>
      instance.t(`${COMPARE_NAMESPACE}:${key}`, { ...options, lng: language } as never) as unknown as string,
    [instance, language],
  );
  return { t, language };
}
