import { describe, expect, it } from 'vitest';
import { appPage, isAppUrl, isTrustedSender } from '../../../../electron/main/app-page';

describe('the app page', () => {
  const file = appPage(undefined, '/opt/Zone Stats/resources/app.asar/.vite/renderer/main_window');
  const dev = appPage('http://localhost:5173', '/ignored/index.html');

  it('is the built index.html served from app://, with any route in its hash or query', () => {
    expect(file).toEqual({
      kind: 'app',
      url: 'app://zone-stats/index.html',
      origin: 'app://zone-stats',
      root: '/opt/Zone Stats/resources/app.asar/.vite/renderer/main_window',
    });
    expect(isAppUrl(`${file.url}#/settings`, file)).toBe(true);
    expect(isAppUrl(`${file.url}?lang=zh`, file)).toBe(true);
  });

  it('is not another document, nor the same file through file://', () => {
    expect(isAppUrl('app://zone-stats/other.html', file)).toBe(false);
    expect(isAppUrl('file:///opt/Zone%20Stats/resources/app.asar/.vite/renderer/main_window/index.html', file)).toBe(
      false,
    );
    expect(isAppUrl('file:///etc/passwd', file)).toBe(false);
    expect(isAppUrl('not a url', file)).toBe(false);
  });

  it('is any path on the dev server, and nothing on another port or host', () => {
    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('http://localhost.evil.example:5173/', dev)).toBe(false);
  });

  it('trusts only its main frame', () => {
    const main = { url: `${file.url}#/`, parent: null };
    expect(isTrustedSender(main, file)).toBe(true);
    expect(isTrustedSender({ url: main.url, parent: main }, file)).toBe(false);
    expect(isTrustedSender(null, file)).toBe(false);
  });
});
