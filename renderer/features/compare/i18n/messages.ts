import type { compareEn } from './en';

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** The shape every language of the `compare` namespace has. */
export type CompareMessages = Strings<typeof compareEn>;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every key of the namespace, checked at compile time: `t('zones.caption')`. */
export type CompareKey = Leaves<typeof compareEn>;
