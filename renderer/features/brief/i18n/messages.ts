import type { briefEn } from './en';

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** The shape every language of the `brief` namespace has. */
export type BriefMessages = Strings<typeof briefEn>;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every key of the namespace, checked at compile time: `t('actions.saveWorkbook')`. */
export type BriefKey = Leaves<typeof briefEn>;
