import type { BriefPreview } from '../../../../shared/api';

export interface TextSegment {
  text: string;
  mark: 'read' | 'unread' | null;
}

/** The brief's text cut where read statements and unread sentences start and end, for highlighting. */
export function textSegments(text: string, preview: Pick<BriefPreview, 'statements' | 'unread'>): TextSegment[] {
  const spans = [
    ...preview.statements
      .filter((statement) => !statement.derived)
      .map((statement) => ({ span: statement.span, mark: 'read' as const })),
    ...preview.unread.map((sentence) => ({ span: sentence.span, mark: 'unread' as const })),
  ].sort((a, b) => a.span[0] - b.span[0]);
  const segments: TextSegment[] = [];
  let at = 0;
  for (const { span, mark } of spans) {
    const [start, end] = span;
    if (start < at) continue; // several statements of one sentence share its span
    if (start > at) segments.push({ text: text.slice(at, start), mark: null });
    segments.push({ text: text.slice(start, end), mark });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: null });
  return segments;
}
