// The global of every runtime Zone Stats runs in; shared/ compiles without DOM types.
declare const TextDecoder: new (label: string) => { decode(input: Uint8Array): string };

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

/**
 * The sheet name of each worksheet part of an .xlsx (`xl/worksheets/sheet1.xml` → `Observations`),
 * from the workbook and its relationships. Parts the workbook does not name keep their path.
 */
export function worksheetNames(files: ReadonlyMap<string, Uint8Array>): Map<string, string> {
  const names = new Map<string, string>();
  const workbook = files.get(WORKBOOK);
  const rels = files.get(WORKBOOK_RELS);
  if (!workbook || !rels) return names;
  const targets = new Map<string, string>();
  for (const [tag] of text(rels).matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const [tag] of text(workbook).matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attribute(tag, 'name');
    const id = attribute(tag, '(?:\\w+:)?id');
    const target = id ? targets.get(id) : undefined;
    if (name && target) names.set(normalise(target), unescapeXml(name));
  }
  return names;
}

/** Whether a part of an .xlsx holds a worksheet's cells. */
export function isWorksheetPart(name: string, names: ReadonlyMap<string, string>): boolean {
  return names.has(name) || /^xl\/worksheets\/[^/]+\.xml$/i.test(name);
}

function text(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*(["'])(.*?)\\1`).exec(tag)?.[2];
}

/** `xl/worksheets/../worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`. */
function normalise(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

function unescapeXml(value: string): string {
  return value.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (_, entity: string) => {
    if (entity[0] === '#') {
      const codePoint =
        entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
      return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '\ufffd';
    }
    return { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }[entity.toLowerCase()] ?? '';
  });
}
