export * from './result';
export * from './zod-problems';
export * from './contract';
export * from './catalog';
export * from './observations';
export * from './store';
export * from './entry';
export * from './shell';
