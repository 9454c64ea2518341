import type { ImportFile } from '../../../../shared/api';

/** The extensions the import reads (workbook.md §1); the open dialog filters on them. */
export const SPREADSHEET_EXTENSIONS = ['xlsx', 'xls', 'xlsb', 'ods', 'csv'];

/** btoa takes a binary string; building it in slices keeps the argument list small. */
const SLICE = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += SLICE) binary += String.fromCharCode(...bytes.subarray(start, start + SLICE));
  return btoa(binary);
}

/** A dropped file as the import API takes it: the contents cross as base64. */
export async function readDroppedFile(file: Blob & { name: string }): Promise<ImportFile> {
  return { name: file.name, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
}
