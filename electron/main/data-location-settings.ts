import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { DataLocation } from '../../shared/api';

/** The part of Electron's safeStorage used here: the operating system's keychain (or its equivalent). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export interface DataLocationDeps {
  /** The settings file: the URL without its password, and the password as safeStorage encrypted it. */
  file: string;
  safeStorage: SafeStorageLike;
  /** Opens the database and closes it again; rejects with a readable reason. */
  test(url: string): Promise<void>;
}

const StoredSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('local') }),
  z.object({ kind: z.literal('database'), url: z.string(), secret: z.string().optional() }),
]);
type Stored = z.infer<typeof StoredSchema>;

/** The URL split into what may be shown and written down, and its password. */
function splitPassword(url: string): { shown: string; password: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('This is not a database address: expected postgres://user:password@host:port/database.');
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:')
    throw new Error('A shared database address starts with postgres://.');
  if (!parsed.username || !parsed.hostname || parsed.pathname.length <= 1)
    throw new Error('The address needs a user, a host and a database: postgres://user:password@host:port/database.');
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { shown: parsed.toString(), password };
}

function withPassword(shown: string, password: string): string {
  const parsed = new URL(shown);
  parsed.password = password;
  return parsed.toString();
}

/**
 * Settings → "Where the data lives". The password never reaches a plain file: safeStorage encrypts
 * it, and a computer without a keychain may use a database only with a password-less login (trust
 * or a ~/.pgpass the driver reads itself) rather than have it written down.
 */
export function createDataLocationSettings({ file, safeStorage, test }: DataLocationDeps) {
  function read(): Stored {
    try {
      const parsed = StoredSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      return parsed.success ? parsed.data : { kind: 'local' };
    } catch {
      return { kind: 'local' };
    }
  }

  function write(stored: Stored): void {
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.tmp`;
    writeFileSync(temporary, JSON.stringify(stored), { mode: 0o600 });
    renameSync(temporary, file);
  }

  return {
    location(): DataLocation {
      const stored = read();
      return stored.kind === 'local' ? { kind: 'local' } : { kind: 'database', url: stored.url };
    },

    /** The address to open, password included, or null for this computer's folder. */
    connectionUrl(): string | null {
      const stored = read();
      if (stored.kind === 'local') return null;
      if (!stored.secret) return stored.url;
      return withPassword(stored.url, safeStorage.decryptString(Buffer.from(stored.secret, 'base64')));
    },

    /** Tested before anything is saved: a failing address leaves the setting as it was. */
    async useDatabase(url: string): Promise<DataLocation> {
      const { shown, password } = splitPassword(url.trim());
      if (password && !safeStorage.isEncryptionAvailable()) {
        throw new Error(
          'This computer offers no safe place for the password (no keychain), and Zone Stats does not write passwords in plain files.',
        );
      }
      await test(url.trim());
      write(
        password
          ? { kind: 'database', url: shown, secret: safeStorage.encryptString(password).toString('base64') }
          : { kind: 'database', url: shown },
      );
      return { kind: 'database', url: shown };
    },

    useLocal(): DataLocation {
      write({ kind: 'local' });
      return { kind: 'local' };
    },
  };
}

export type DataLocationSettings = ReturnType<typeof createDataLocationSettings>;
