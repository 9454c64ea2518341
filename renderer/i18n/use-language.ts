import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/api';

/** The UI language as a `Language` (i18next keeps it as a plain string). */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'zh' ? 'zh' : 'en';
}
