import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The app's own page is served as `app://zone-stats/…`: a real origin of its own, unlike `file://`. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'zone-stats';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** What `protocol.registerSchemesAsPrivileged` takes, before the app is ready. */
export const APP_SCHEME_PRIVILEGES = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
];

/**
 * The file under `root` an `app://` URL names, or null for another host or a path that leaves the
 * folder (`..`, encoded or not): only the built renderer is ever served.
 */
export function appFile(url: string, root: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  const file = path.resolve(root, `.${relative === '/' ? '/index.html' : relative}`);
  const inside = path.relative(path.resolve(root), file);
  return inside === '' || inside.startsWith('..') || path.isAbsolute(inside) ? null : file;
}

export interface ProtocolLike {
  handle(scheme: string, handler: (request: { url: string }) => Promise<Response> | Response): void;
}

/**
 * Serves the built renderer on `app://zone-stats/` with the content security policy in its
 * headers (a custom protocol's responses do not pass the session's header hook); anything else is a 404.
 */
export function serveApp(
  protocol: ProtocolLike,
  root: string,
  csp: string,
  fetchFile: (url: string) => Promise<Response>,
): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = appFile(request.url, root);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await fetchFile(pathToFileURL(file).href);
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', csp);
    return new Response(response.body, { status: response.status, headers });
  });
}
