import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/api';
import { en } from './en';
import { zh } from './zh';

export const resources = { en: { translation: en }, zh: { translation: zh } } as const;

/** BCP 47 tags for `lang` attributes and Intl formatting. */
export const LOCALES: Record<Language, string> = { en: 'en', zh: 'zh-CN' };

/** A fresh i18next instance (one per app, one per component test), ready when the promise resolves. */
export async function createI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'zh'],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
