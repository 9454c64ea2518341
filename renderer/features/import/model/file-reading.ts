import { base64FromBytes, type ImportFile } from '../../../../shared/api';

/** The extensions the import reads (workbook.md §1); the open dialog filters on them. */
export const SPREADSHEET_EXTENSIONS = ['xlsx', 'xls', 'xlsb', 'ods', 'csv'];

/** A dropped file as the import API takes it: the contents cross as base64. */
export async function readDroppedFile(file: Blob & { name: string }): Promise<ImportFile> {
  return { name: file.name, base64: base64FromBytes(new Uint8Array(await file.arrayBuffer())) };
}
