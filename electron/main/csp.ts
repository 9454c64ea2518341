/**
 * The page's Content-Security-Policy. Production allows only the app's own files (inline styles
 * set through the DOM are not covered by style-src, so none of the UI libraries needs
 * 'unsafe-inline'). The dev server needs inline scripts (React refresh) and its websocket.
 * The built index.html carries the same production policy in a meta tag, for file:// pages.
 */
export function contentSecurityPolicy(devServerUrl?: string): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
  };
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    const socket = `${dev.protocol === 'https:' ? 'wss' : 'ws'}://${dev.host}`;
    directives['script-src'] = ["'self'", "'unsafe-inline'", dev.origin];
    directives['style-src'] = ["'self'", "'unsafe-inline'", dev.origin];
    directives['connect-src'] = ["'self'", dev.origin, socket];
  }
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The response headers with our policy in place of any the server sent. */
export function withCsp(headers: Record<string, string[]> | undefined, csp: string): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [csp] };
}
