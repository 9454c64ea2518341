/** Month names as English tables write them. */
export const ENGLISH_MONTHS = new Map<string, number>([
  ['jan', 1], ['january', 1], ['feb', 2], ['february', 2], ['mar', 3], ['march', 3],
  ['apr', 4], ['april', 4], ['may', 5], ['jun', 6], ['june', 6], ['jul', 7], ['july', 7],
  ['aug', 8], ['august', 8], ['sep', 9], ['sept', 9], ['september', 9], ['oct', 10], ['october', 10],
  ['nov', 11], ['november', 11], ['dec', 12], ['december', 12],
]);

/** Named year-to-date spans (docs/metrics.md §4): the last month of each. */
export const NAMED_YTD = new Map<string, number>([
  ['一季度', 3], ['第一季度', 3], ['1季度', 3], ['一季', 3], ['q1', 3],
  ['上半年', 6], ['h1', 6], ['1-2季度', 6],
  ['前三季度', 9], ['前3季度', 9], ['1-3季度', 9], ['前三季', 9],
  ['全年', 12], ['1-4季度', 12],
]);

/** Single quarters and the second half: not a basis Zone Stats stores. */
export const REFUSED_SPANS = new Set([
  '二季度', '第二季度', '2季度', '二季', '三季度', '第三季度', '3季度', '三季', '四季度', '第四季度', '4季度', '四季',
  'q2', 'q3', 'q4', '下半年', 'h2',
]);
