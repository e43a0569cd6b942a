/**
 * Serves the built explorer (client/dist) from the API's port. Paths are resolved inside the
 * folder only; an unknown path without a file extension gets index.html, so the client's
 * own routes and shared links load the app.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2',
  '.woff': 'font/woff', '.ico': 'image/x-icon', '.map': 'application/json; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
};

const PLACEHOLDER = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Lechang report graph</title>
<body><h1>Lechang report graph</h1><p>The GraphQL API is at <a href="/graphql">/graphql</a>.</p></body></html>`;

export async function serveClient(dir: string | null, pathname: string, method: string): Promise<Response | null> {
  if (method !== 'GET' && method !== 'HEAD') return null;
  if (!dir) {
    return pathname === '/' ? new Response(PLACEHOLDER, { headers: { 'content-type': 'text/html; charset=utf-8' } }) : null;
  }
  let relative: string;
  try {
    relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  } catch {
    return new Response('Bad path', { status: 400 });
  }
  if (relative.split(sep).includes('..')) return new Response('Bad path', { status: 400 });
  const candidates = relative === '' ? ['index.html'] : extname(relative) ? [relative] : [relative, 'index.html'];
  for (const candidate of candidates) {
    const file = join(dir, candidate);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) continue;
    const body = await readFile(file);
    const immutable = candidate.startsWith(`assets${sep}`);
    return new Response(method === 'HEAD' ? null : body, {
      headers: {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      },
    });
  }
  return null;
}
