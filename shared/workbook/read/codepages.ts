import * as XLSX from 'xlsx';

/** Thrown where SheetJS would read a file before its code pages are loaded: text is never decoded without them. */
export class CodepagesNotLoaded extends Error {
  constructor() {
    super("SheetJS's code pages are not loaded: read through readWorkbookAsync, or await loadCodepages() first");
  }
}

let loading: Promise<void> | null = null;
let loaded = false;

/**
 * Old .xls files store text in their author's Windows code page (936 on a Chinese Windows), which
 * SheetJS decodes with tables of its own. They take ~70 ms to load, so they are loaded for the first
 * file that goes to SheetJS rather than at every start (a plain .xlsx never needs them).
 */
export function loadCodepages(): Promise<void> {
  loading ??= import('xlsx/dist/cpexcel.full.mjs').then((tables) => {
    XLSX.set_cptable(tables);
    loaded = true;
  });
  return loading;
}

export function codepagesLoaded(): boolean {
  return loaded;
}

export function requireCodepages(): void {
  if (!loaded) throw new CodepagesNotLoaded();
}
