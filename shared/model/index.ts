export * from './ids';
export * from './period';
export * from './zone';
export * from './indicator';
export * from './observation';
export * from './catalog';
export * from './names';
export * from './text';
