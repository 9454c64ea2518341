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

/** Why a database could not be opened, in the user's terms, or null when `cause` is not such a failure. */
export function connectionFailure(cause: unknown, location: string): string | null {
  if (cause instanceof DatabaseSchemaError) return cause.message;
  const code = (cause as { code?: unknown } | null)?.code;
  const detail = cause instanceof Error ? cause.message : String(cause);
  switch (code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return `cannot reach the database server of ${location} (${detail})`;
    case '28P01':
    case '28000':
      return `the database ${location} refused the user name or password (${detail})`;
    case '3D000':
      return `there is no database ${location} (${detail})`;
    case '42501':
      return `the user of ${location} may not read Zone Stats data: grant them a role with \`zone-stats db grant\` (${detail})`;
    default:
      return cause instanceof TypeError && /invalid url/i.test(detail)
        ? `${location} is not a PostgreSQL URL (postgres://user:password@host:port/database)`
        : null;
  }
}
