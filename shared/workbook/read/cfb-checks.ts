import * as XLSX from 'xlsx';

/**
 * Office's encrypted .xlsx / .xlsb is a compound file holding an EncryptedPackage stream (the
 * workbook itself cannot be seen without the password).
 */
export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  try {
    const container = XLSX.CFB.read(bytes, { type: 'array' });
    return XLSX.CFB.find(container, 'EncryptedPackage') !== null || XLSX.CFB.find(container, 'EncryptionInfo') !== null;
  } catch {
    return false;
  }
}
