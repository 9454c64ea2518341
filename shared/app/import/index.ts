export { createImportHandlers } from './import-handlers';
export { decodeBase64, decodedLength } from './base64';
