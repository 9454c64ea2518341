/** The database has no Zone Stats schema, or an older or newer one than this Zone Stats reads. */
export class DatabaseSchemaError extends Error {
  constructor(
    readonly location: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      found === 0
        ? `The database ${location} has no Zone Stats schema yet. Run \`zone-stats db init --database URL\` once, as the database's owner.`
        : found < supported
          ? `The database ${location} has schema version ${found}; this Zone Stats needs version ${supported}. Run \`zone-stats db init --database URL\` to upgrade it.`
          : `The database ${location} has schema version ${found}, but this Zone Stats reads up to version ${supported}. Update Zone Stats to open it.`,
    );
    this.name = 'DatabaseSchemaError';
  }
}

export class DatabaseStoreClosedError extends Error {
  constructor(location: string) {
    super(`The database store at ${location} is closed.`);
    this.name = 'DatabaseStoreClosedError';
  }
}
