/**
 * HTTP caching and compression for what GET can read: GraphQL queries sent by GET and the
 * file exports. The graph changes only when the store serves a new seed, so a validator made
 * from the seed version, the URL and the Accept header identifies an answer exactly: a client
 * that sends it back in If-None-Match gets 304 before any work is done, and a new seed makes
 * every old tag stale at once.
 *
 * Compression uses node:zlib (brotli and gzip; CompressionStream in Node 20 has no brotli).
 * Answers are already whole strings in memory, so they are compressed in one call, and only
 * above ~1 KB, where it pays for itself. Up to 64 KB in the request's own turn (zlib's *Sync):
 * a 3 KB neighbourhood takes ~50 µs so, against ~250 µs through libuv's thread pool and back;
 * larger answers (the whole graph, exports) go to the pool, so other requests are not held up.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants as zlib, gzip, gzipSync } from 'node:zlib';

/** Smallest body worth compressing, in bytes. */
export const COMPRESS_MIN_BYTES = 1024;
/** Largest body compressed in the request's own turn instead of in the thread pool, in bytes. */
export const COMPRESS_SYNC_MAX_BYTES = 64 * 1024;

/** What a cacheable answer may be kept for: stored, but checked with its ETag before each reuse. */
export const CACHEABLE = 'public, no-cache';
/** Answers that must not be reused: errors, and anything the seed version does not determine. */
export const NOT_CACHEABLE = 'no-store';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * The strong entity tag of a GET answer: `"<seed version>-<12 hex of sha256(path?query, Accept)>"`.
 * Source: the seed version the store serves (GraphStore.seedVersion).
 */
export function entityTag(seedVersion: string, url: URL, accept: string | null): string {
  const digest = createHash('sha256').update(`${url.pathname}${url.search}\n${accept ?? ''}`).digest('hex').slice(0, 12);
  return `"${seedVersion}-${digest}"`;
}

/**
 * True when an If-None-Match header names `tag` (or is `*`). Compared weakly, as RFC 9110 asks
 * for If-None-Match, and ignoring the coding suffix this module adds to compressed answers.
 */
export function ifNoneMatchHits(header: string | null, tag: string): boolean {
  if (!header) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, '').replace(/-(br|gzip)"$/, '"');
  return header.split(',').some((candidate) => candidate.trim() === '*' || bare(candidate) === bare(tag));
}

/** Adds `value` to the response's Vary header unless it is there already. */
export function addVary(headers: Headers, value: string): void {
  const present = (headers.get('vary') ?? '').split(',').map((v) => v.trim().toLowerCase()).filter(Boolean);
  if (!present.includes(value.toLowerCase())) headers.set('vary', [...present, value.toLowerCase()].join(', '));
}

/** The coding to use for an Accept-Encoding header: brotli, then gzip; null for neither (or q=0). */
export function chooseEncoding(acceptEncoding: string | null): 'br' | 'gzip' | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name!.trim(), q ? Number(q.slice(2)) : 1);
  }
  const wants = (coding: string) => (accepted.get(coding) ?? accepted.get('*') ?? 0) > 0;
  return wants('br') ? 'br' : wants('gzip') ? 'gzip' : null;
}

const COMPRESSIBLE = /^(application\/(json|graphql-response\+json|gexf\+xml|graphml\+xml|xml|javascript)|text\/|image\/svg\+xml)/;

/**
 * The response compressed for `acceptEncoding`, or the same response when it is small, already
 * coded, not text, or the client takes neither brotli nor gzip. A compressed answer's ETag gets
 * a `-br`/`-gzip` suffix, since its bytes differ from the plain one's. `ResponseClass` is the
 * server's own Response (yoga's fetchAPI), which its Node adapter writes in one piece.
 */
export async function compressed(response: Response, acceptEncoding: string | null, ResponseClass: typeof Response = Response): Promise<Response> {
  const type = response.headers.get('content-type') ?? '';
  if (!response.body || response.headers.has('content-encoding') || !COMPRESSIBLE.test(type)) return response;
  addVary(response.headers, 'Accept-Encoding');
  const coding = chooseEncoding(acceptEncoding);
  if (!coding) return response;
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared < COMPRESS_MIN_BYTES) return response;
  const body = Buffer.from(await response.arrayBuffer());
  const headers = new Headers(response.headers);
  if (body.byteLength < COMPRESS_MIN_BYTES) return new ResponseClass(body, { status: response.status, statusText: response.statusText, headers });
  const small = body.byteLength <= COMPRESS_SYNC_MAX_BYTES;
  // A window no larger than the body (2⁹–2¹⁵ bytes) compresses it as well and sets up in half the time.
  const windowBits = Math.min(15, Math.max(9, Math.ceil(Math.log2(body.byteLength))));
  const brotliOptions = { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: body.byteLength } };
  const gzipOptions = { level: 6, windowBits };
  const packed = coding === 'br'
    ? small ? brotliCompressSync(body, brotliOptions) : await brotli(body, brotliOptions)
    : small ? gzipSync(body, gzipOptions) : await gzipAsync(body, gzipOptions);
  headers.set('content-encoding', coding);
  headers.set('content-length', String(packed.byteLength));
  const tag = headers.get('etag');
  if (tag?.endsWith('"')) headers.set('etag', `${tag.slice(0, -1)}-${coding}"`);
  return new ResponseClass(packed, { status: response.status, statusText: response.statusText, headers });
}
