/**
 * Headers every response carries. The explorer's policy allows exactly what it uses: its own
 * scripts, styles (and the style attributes its components set), fonts and data, images it
 * draws into data: and blob: URLs for export, and the layout worker started from a blob: URL.
 * GraphiQL, served at /graphql to browsers, comes whole from an npm package
 * (@graphql-yoga/render-graphiql): its code and styles are inline in the page and its editor's
 * workers start from blob: URLs, so its page allows exactly that and no other origin.
 */
export const CLIENT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

export function securityHeaders(pathname: string, contentType: string | null): Record<string, string> {
  const html = contentType?.includes('text/html') ?? false;
  return {
    'content-security-policy': pathname === '/graphql' && html ? GRAPHIQL_CSP : html ? CLIENT_CSP : API_CSP,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
  };
}
