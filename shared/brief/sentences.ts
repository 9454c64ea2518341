import type { Span } from './types';

export interface Sentence {
  span: Span;
  /** The text of the span, as given. */
  text: string;
}

/**
 * Ends of sentences: 。；;!?！？, a line break, and a full stop followed by a space or the end
 * (an English sentence), never the point of a decimal (14.8) or of a run of dots.
 */
const BOUNDARY = /[。；;!?！？\n\r]+|\.(?=\s|$)(?<!\.\.)/g;
/** Quote marks, list bullets and headings of Markdown and plain text before a sentence. */
const LEAD = /^[\s>#*•·]*(?:[-–—]\s+)?[\s>#*•·]*/;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = LEAD.exec(raw)?.[0].length ?? 0;
    const body = raw.slice(lead).trimEnd();
    if (body !== '' && /[\p{L}\p{N}]/u.test(body))
      sentences.push({ span: [start + lead, start + lead + body.length], text: body });
  };
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    push(/[\n\r]/.test(match[0][0]!) ? match.index : end);
    start = end;
  }
  push(text.length);
  return sentences;
}
