import * as XLSX from 'xlsx';

/**
 * Office's encrypted .xlsx / .xlsb is a compound file holding an EncryptedPackage stream (the
 * workbook itself cannot be seen without the password).
 */
/** The workbook stream of an .xls (BIFF5 and later), or null when the compound file has none. */
export function biffWorkbookStream(bytes: Uint8Array): Uint8Array | null {
  try {
    const container = XLSX.CFB.read(bytes, { type: 'array' });
    const entry = XLSX.CFB.find(container, 'Workbook') ?? XLSX.CFB.find(container, 'Book');
    const content = entry?.content as Uint8Array | number[] | undefined;
    return content ? Uint8Array.from(content) : null;
  } catch {
    return null;
  }
}

export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  try {
    const container = XLSX.CFB.read(bytes, { type: 'array' });
    return XLSX.CFB.find(container, 'EncryptedPackage') !== null || XLSX.CFB.find(container, 'EncryptionInfo') !== null;
  } catch {
    return false;
  }
}
