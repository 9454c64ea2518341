import type { importEn } from './en';

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** The shape every language of the `import` namespace has. */
export type ImportMessages = Strings<typeof importEn>;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every key of the namespace, checked at compile time: `t('report.undo')`. */
export type ImportKey = Leaves<typeof importEn>;
