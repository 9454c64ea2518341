/** A file that is not JSON, or JSON the schema refuses: moved aside, never silently reset. */
export class DamagedFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file} is damaged: ${reason}`);
    this.name = 'DamagedFileError';
  }
}

/** Another live process (the app or the command line) has the dataset open. */
export class StoreLockedError extends Error {
  constructor(
    readonly directory: string,
    readonly holder: { pid: number; hostname: string; since: string },
    readonly lockFile: string,
  ) {
    super(
      `The dataset at ${directory} is in use by another Zone Stats process (pid ${holder.pid} on ${holder.hostname}, since ${holder.since}). ` +
        `Close the other window or command and try again. If no Zone Stats is running, delete ${lockFile}.`,
    );
    this.name = 'StoreLockedError';
  }
}

/** The dataset was written by a newer Zone Stats than this one. */
export class StoreVersionError extends Error {
  constructor(
    readonly directory: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(`The dataset at ${directory} has schema version ${found}, but this Zone Stats reads up to version ${supported}. Update Zone Stats to open it.`);
    this.name = 'StoreVersionError';
  }
}

export class StoreClosedError extends Error {
  constructor(directory: string) {
    super(`The dataset store at ${directory} is closed.`);
    this.name = 'StoreClosedError';
  }
}
