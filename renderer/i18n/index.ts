import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/api';
import { briefEn } from '../features/brief/i18n/en';
import { briefZh } from '../features/brief/i18n/zh';
import { compareEn } from '../features/compare/i18n/en';
import { compareZh } from '../features/compare/i18n/zh';
import { entryEn } from '../features/entry/i18n/en';
import { entryZh } from '../features/entry/i18n/zh';
import { exportEn } from '../features/export/i18n/en';
import { exportZh } from '../features/export/i18n/zh';
import { importEn } from '../features/import/i18n/en';
import { importZh } from '../features/import/i18n/zh';
import { en } from './en';
import { zh } from './zh';

/**
 * Every namespace in every language: the app's own strings (`translation`) and one namespace per
 * feature (`useTranslation('compare')`). `i18next.d.ts` types the keys from the English side.
 */
export const resources = {
  en: { translation: en, brief: briefEn, compare: compareEn, entry: entryEn, export: exportEn, import: importEn },
  zh: { translation: zh, brief: briefZh, compare: compareZh, entry: entryZh, export: exportZh, import: importZh },
} as const satisfies Record<Language, unknown>;

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
