export { createExportHandlers } from './export-handlers';
export { base64FromBytes, utf8Bytes } from './base64';
