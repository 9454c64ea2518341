import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDataLocationSettings, type SafeStorageLike } from '../../../../electron/main/data-location-settings';

/** safeStorage as Electron's stub: an encryption that really hides the text (each byte flipped), and says so. */
function stubSafeStorage(available = true): SafeStorageLike {
  const flip = (bytes: Buffer) => Buffer.from(bytes.map((byte) => byte ^ 0xff));
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text) => flip(Buffer.from(`v10:${text}`, 'utf8')),
    decryptString: (encrypted) => flip(encrypted).toString('utf8').replace(/^v10:/, ''),
  };
}

describe('Settings → where the data lives (main side)', () => {
  let folder: string;
  let file: string;
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'zone-stats-location-'));
    file = path.join(folder, 'data-location.json');
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it("is this computer's folder until a database is chosen", () => {
    const settings = createDataLocationSettings({ file, safeStorage: stubSafeStorage(), test: vi.fn() });
    expect(settings.location()).toEqual({ kind: 'local' });
    expect(settings.connectionUrl()).toBeNull();
  });

  it('tests the address, then keeps it without its password, the password only encrypted, and gives it back whole', async () => {
    const test = vi.fn(async () => undefined);
    const settings = createDataLocationSettings({ file, safeStorage: stubSafeStorage(), test });
    const url = 'postgres://ada:s3cret%2Fpw@db.office.lan:5432/zone_stats';
    expect(await settings.useDatabase(url)).toEqual({
      kind: 'database',
      url: 'postgres://ada@db.office.lan:5432/zone_stats',
    });
    expect(test).toHaveBeenCalledWith(url);

    const written = await readFile(file, 'utf8');
    expect(written).not.toContain('s3cret');
    expect(JSON.parse(written)).toMatchObject({
      kind: 'database',
      url: 'postgres://ada@db.office.lan:5432/zone_stats',
    });
    expect(settings.location()).toEqual({ kind: 'database', url: 'postgres://ada@db.office.lan:5432/zone_stats' });
    // Read again by a fresh instance, as after a restart: the password comes back from safeStorage.
    const restarted = createDataLocationSettings({ file, safeStorage: stubSafeStorage(), test });
    expect(restarted.connectionUrl()).toBe(url);
  });

  it('changes nothing when the test fails, and says why', async () => {
    const settings = createDataLocationSettings({
      file,
      safeStorage: stubSafeStorage(),
      test: async () => Promise.reject(new Error('cannot reach the database server')),
    });
    await expect(settings.useDatabase('postgres://ada:pw@db/zs')).rejects.toThrow('cannot reach the database server');
    expect(settings.location()).toEqual({ kind: 'local' });
  });

  it('refuses to keep a password where the computer has no keychain, rather than write it down', async () => {
    const test = vi.fn(async () => undefined);
    const settings = createDataLocationSettings({ file, safeStorage: stubSafeStorage(false), test });
    await expect(settings.useDatabase('postgres://ada:pw@db/zs')).rejects.toThrow(/no safe place for the password/);
    expect(test).not.toHaveBeenCalled();
    // A login without a password (trust, or ~/.pgpass) is fine.
    expect(await settings.useDatabase('postgres://ada@db/zs')).toEqual({
      kind: 'database',
      url: 'postgres://ada@db/zs',
    });
    expect(settings.connectionUrl()).toBe('postgres://ada@db/zs');
  });

  it.each([['not a url'], ['mysql://ada:pw@db/zs'], ['postgres://db/zs'], ['postgres://ada:pw@db']])(
    'refuses %s before testing it',
    async (url) => {
      const test = vi.fn(async () => undefined);
      const settings = createDataLocationSettings({ file, safeStorage: stubSafeStorage(), test });
      await expect(settings.useDatabase(url)).rejects.toThrow();
      expect(test).not.toHaveBeenCalled();
    },
  );

  it('goes back to this computer', async () => {
    const settings = createDataLocationSettings({ file, safeStorage: stubSafeStorage(), test: async () => undefined });
    await settings.useDatabase('postgres://ada:pw@db/zs');
    expect(settings.useLocal()).toEqual({ kind: 'local' });
    expect(settings.connectionUrl()).toBeNull();
    expect(await readFile(file, 'utf8')).not.toContain('secret');
  });
});
