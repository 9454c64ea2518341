export {
  openPgDatasetStore,
  describeLocation,
  testConnection,
  type OpenedPgDatasetStore,
  type PgDatasetStoreOptions,
} from './pg-dataset-store';
export {
  initDatabase,
  grantRole,
  grantZones,
  revokeZones,
  markVerified,
  unmarkVerified,
  type InitOutcome,
} from './init-database';
export { withConnection } from './connect';
export { ROLES, type ZoneStatsRole } from './roles';
export { SCHEMA, SCHEMA_VERSION } from './migrations';
export { DatabaseSchemaError, DatabaseStoreClosedError, connectionFailure } from './errors';
