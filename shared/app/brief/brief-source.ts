import { htmlTitle } from '../../brief';

const TITLE_LENGTH = 80;

/** The brief's title: an HTML page's `<title>`, else its first line (Markdown marks off), shortened. */
export function briefTitle(original: string, text: string): string | null {
  const title = htmlTitle(original);
  if (title !== null) return shorten(title);
  const first = text
    .split('\n')
    .map((line) =>
      line
        .replace(/^[\s>#*_-]+/, '')
        .replace(/[*_]+$/, '')
        .trim(),
    )
    .find((line) => line !== '');
  return first === undefined ? null : shorten(first);
}

function shorten(text: string): string {
  return text.length <= TITLE_LENGTH ? text : `${text.slice(0, TITLE_LENGTH - 1)}…`;
}

/** `source` of the brief's figures: the user's, else its title, publication date and origin. */
export function briefSource(
  given: string | undefined,
  title: string | null,
  published: string | undefined,
  origin: string | undefined,
): string {
  if (given !== undefined && given !== '') return given;
  return (
    [title, published, origin]
      .filter((part): part is string => part !== undefined && part !== null && part !== '')
      .join(', ') || 'brief'
  );
}
