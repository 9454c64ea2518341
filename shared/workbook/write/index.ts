export * from './input';
export * from './comparison-workbook';
export * from './metrics-csv';
export * from './csv';
export { nameIn, basisLabel } from './language';
export { indicatorsInTreeOrder } from './sheets/comparison';
export { METRIC_DEFINITIONS } from './metric-definitions';
export { METRIC_KINDS } from './sheets/metrics';
