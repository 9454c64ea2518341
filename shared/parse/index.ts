export * from './result';
export * from './normalize';
export * from './number';
export * from './basis';
export * from './period';
export * from './units';
export * from './label-unit';
export * from './clean-name';
