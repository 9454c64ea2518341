export { createImportHandlers } from './import-handlers';
