export { createExportHandlers } from './export-handlers';
export { utf8Bytes } from './utf8';
