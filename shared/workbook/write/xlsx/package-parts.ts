import type { Table } from '../table';
import { dataRange, layoutOf } from './sheet-xml';
import { escapeXml, sheetRef } from './xml';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export function sheetPath(index: number): string {
  return `xl/worksheets/sheet${index + 1}.xml`;
}

export function contentTypesXml(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Override PartName="/${sheetPath(i)}" ContentType="${SHEET_TYPE}.worksheet+xml"/>`,
  ).join('');
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${SHEET_TYPE}.sheet.main+xml"/>${sheets}` +
    `<Override PartName="/xl/styles.xml" ContentType="${SHEET_TYPE}.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${SHEET_TYPE}.sharedStrings+xml"/>` +
    '</Types>'
  );
}

export const ROOT_RELS_XML =
  `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

export function workbookRelsXml(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('');
  return (
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets}` +
    `<Relationship Id="rId${sheetCount + 1}" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${sheetCount + 2}" Type="${RELATIONSHIPS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
  );
}

/** Per sheet: the rows printed on every page (title and header) and the autofilter's range. */
function definedNames(tables: Table[]): string {
  const names = tables.flatMap((table, i) => {
    const layout = layoutOf(table);
    const ref = escapeXml(sheetRef(table.name));
    const printTitles = `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${ref}$1:$${layout.headerRow + 1}</definedName>`;
    const range = dataRange(layout).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    const filter = table.autofilter
      ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${ref}${range}</definedName>`
      : '';
    return [filter, printTitles];
  });
  return `<definedNames>${names.join('')}</definedNames>`;
}

export function workbookXml(tables: Table[]): string {
  const sheets = tables
    .map((table, i) => `<sheet name="${escapeXml(table.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  return (
    `${XML_HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${RELATIONSHIPS}">` +
    `<bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets}</sheets>${definedNames(tables)}</workbook>`
  );
}
