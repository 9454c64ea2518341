import 'i18next';
import type { resources } from '.';

/**
 * Keys are checked at compile time in every namespace: `t('catalog.zones.add')` in the default one,
 * `useTranslation('compare')` then `t('zones.caption')` in a feature's.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof resources)['en'];
  }
}
