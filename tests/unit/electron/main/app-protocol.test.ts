import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { appFile, APP_SCHEME_PRIVILEGES, serveApp } from '../../../../electron/main/app-protocol';

const root = mkdtempSync(path.join(tmpdir(), 'zone-stats-renderer-'));
mkdirSync(path.join(root, 'assets'));
writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Zone Stats</title>');
writeFileSync(path.join(root, 'assets', 'main.js'), 'console.log(1)');
writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'not served');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('app:// serves the built renderer and nothing else (issue 10 §9)', () => {
  it('is a standard, secure scheme', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('maps app://zone-stats/ paths into the renderer folder', () => {
    expect(appFile('app://zone-stats/', root)).toBe(path.join(root, 'index.html'));
    expect(appFile('app://zone-stats/index.html#/zones', root)).toBe(path.join(root, 'index.html'));
    expect(appFile('app://zone-stats/assets/main.js?v=1', root)).toBe(path.join(root, 'assets', 'main.js'));
  });

  it('refuses other hosts, other schemes and every way out of the folder', () => {
    expect(appFile('app://other/index.html', root)).toBeNull();
    expect(appFile('file:///etc/passwd', root)).toBeNull();
    // The URL parser already folds `..` and `%2e%2e` segments at the root: they stay inside.
    expect(appFile('app://zone-stats/%2e%2e/secret.txt', root)).toBe(path.join(root, 'secret.txt'));
    expect(appFile('app://zone-stats/assets/%2E%2E%2F%2E%2E%2Fsecret.txt', root)).toBeNull();
    expect(appFile('app://zone-stats/%00', root)).toBeNull();
    expect(appFile('app://zone-stats/%E0%A4%A', root)).toBeNull();
  });

  it('answers with the file and the content security policy, and 404 outside', async () => {
    let handler: ((request: { url: string }) => Promise<Response> | Response) | undefined;
    serveApp(
      {
        handle: (scheme, run) => {
          expect(scheme).toBe('app');
          handler = run;
        },
      },
      root,
      "default-src 'self'",
      async (url) => new Response(await readFile(fileURLToPath(url)), { headers: { 'Content-Type': 'text/html' } }),
    );
    const page = await handler!({ url: 'app://zone-stats/index.html' });
    expect([
      page.status,
      await page.text(),
      page.headers.get('content-security-policy'),
      page.headers.get('content-type'),
    ]).toEqual([200, '<!doctype html><title>Zone Stats</title>', "default-src 'self'", 'text/html']);
    expect((await handler!({ url: 'app://zone-stats/assets/..%2F..%2Fsecret.txt' })).status).toBe(404);
    expect((await handler!({ url: 'app://elsewhere/index.html' })).status).toBe(404);
  });
});
