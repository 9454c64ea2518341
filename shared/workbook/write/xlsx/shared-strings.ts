import { escapeXml } from './xml';

/** Each distinct text once (what LibreOffice needs to keep a leading CR); sharedStrings.xml is written last. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private uses = 0;

  id(text: string): number {
    this.uses++;
    let id = this.index.get(text);
    if (id === undefined) {
      id = this.index.size;
      this.index.set(text, id);
    }
    return id;
  }

  /** The part's XML in pieces, so a large table is never one string. */
  *xml(): Generator<string> {
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.index.size}">`;
    for (const text of this.index.keys()) yield `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`;
    yield '</sst>';
  }
}
