import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n } from 'i18next';
import type { Language } from '../../../../shared/api';
import { briefEn } from './en';
import type { BriefKey } from './messages';
import { briefZh } from './zh';

export const BRIEF_NAMESPACE = 'brief';

/** Adds the Brief screen's strings to an i18next instance, once. */
export function registerBriefMessages(instance: i18n): void {
  if (!instance.hasResourceBundle('en', BRIEF_NAMESPACE)) instance.addResourceBundle('en', BRIEF_NAMESPACE, briefEn);
  if (!instance.hasResourceBundle('zh', BRIEF_NAMESPACE)) instance.addResourceBundle('zh', BRIEF_NAMESPACE, briefZh);
}

export type BriefText = (key: BriefKey, options?: Record<string, unknown>) => string;

/** The Brief screen's translate function and the UI language. */
export function useBriefText(): { t: BriefText; language: Language } {
  const { i18n: instance } = useTranslation();
  registerBriefMessages(instance);
  const language: Language = instance.language === 'zh' ? 'zh' : 'en';
  const t = useCallback<BriefText>(
    (key, options) =>
      instance.t(`${BRIEF_NAMESPACE}:${key}`, { ...options, lng: language } as never) as unknown as string,
    [instance, language],
  );
  return { t, language };
}
