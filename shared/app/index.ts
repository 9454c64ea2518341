export * from './ports';
export * from './create-handlers';
export * from './merge-observations';
export * from './store-conflict';
export * from './copy-dataset';
