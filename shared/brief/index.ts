export * from './types';
export { readBrief } from './read-brief';
export { splitSentences, type Sentence } from './sentences';
export { checkClaims, type CheckOptions } from './check/check-claims';
export { resolveByName } from './check/resolve-by-name';
export type * from './check/types';
export { htmlTitle, htmlToText, looksLikeHtml } from './html-text';
