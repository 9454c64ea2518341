import type { exportEn } from './en';

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** The shape every language of the `export` namespace has. */
export type ExportMessages = Strings<typeof exportEn>;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every key of the namespace, checked at compile time: `t('actions.saveWorkbook')`. */
export type ExportKey = Leaves<typeof exportEn>;
