import 'i18next';
import type { Messages } from './en';

/** Translation keys are checked at compile time: `t('catalog.zones.add')`. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
