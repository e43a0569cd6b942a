/**
 * GraphQL over HTTP as real clients see it, on a real port: status codes for requests that
 * never execute, operations the API does not have, the streamed body limit, the cost limit
 * against the documented page sizes, automatic persisted queries, HTTP caching and compression.
 */
import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { appWith, store } from './app.ts';
import { listen, type Listening } from './http-server.ts';
import { COMPRESS_MIN_BYTES, COMPRESS_SYNC_MAX_BYTES } from '../../server/http-cache.ts';

const RESPONSE_JSON = 'application/graphql-response+json';
let api: Listening;
beforeAll(async () => {
  api = await listen(appWith());
});
afterAll(() => api.close());

async function post(body: unknown, accept = RESPONSE_JSON, target = () => api) {
  const response = await fetch(`${target().origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

describe('requests that never execute get a 4xx under application/graphql-response+json', () => {
  const nested = (levels: number) => {
    let selection = 'id';
    for (let i = 0; i < levels; i++) selection = `relations { source { ${selection} } }`;
    return `{ entity(id: "town:pingshi") { ${selection} } }`;
  };
  const cases: [string, unknown, string][] = [
    ['a variable of the wrong type', { query: 'query Q($n: Int) { entities(first: $n) { totalCount } }', variables: { n: 'ten' } }, 'BAD_USER_INPUT'],
    ['a bad enum value in a variable', { query: 'query Q($t: [EntityType!]) { entities(types: $t) { totalCount } }', variables: { t: ['VILLAGE'] } }, 'BAD_USER_INPUT'],
    ['a missing required variable', { query: 'query Q($id: ID!) { entity(id: $id) { id } }' }, 'BAD_USER_INPUT'],
    ['a bad enum literal', { query: '{ entities(types: [VILLAGE]) { totalCount } }' }, 'GRAPHQL_VALIDATION_FAILED'],
    ['too deep', { query: nested(6) }, 'QUERY_TOO_COMPLEX'],
    ['too costly', { query: '{ entities(first: 500) { edges { node { relations { evidence { section { title } } source { relations { id } } } } } } }' }, 'QUERY_TOO_COMPLEX'],
    ['too many aliases', { query: `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: stats { entityCount }`).join(' ')} }` }, 'QUERY_TOO_COMPLEX'],
    ['too many directives', { query: `{ stats ${Array.from({ length: 21 }, () => '@include(if: true)').join(' ')} { entityCount } }` }, 'QUERY_TOO_COMPLEX'],
    ['too many tokens', { query: `{ stats { ${Array.from({ length: 5100 }, () => 'entityCount').join(' ')} } }` }, 'QUERY_TOO_COMPLEX'],
  ];
  for (const [what, body, code] of cases) {
    it(what, async () => {
      const answer = await post(body);
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expect(answer.body.data).toBeUndefined();
      expect(answer.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toContain(code);
      // Under plain application/json, GraphQL over HTTP keeps 200 for the same request.
      expect((await post(body, 'application/json')).status).toBe(200);
    });
  }

  it('an executed request with a failed field keeps 200 and its other fields', async () => {
    const answer = await post({ query: '{ entity(id: "town:atlantis") { id } stats { entityCount } }' });
    expect(answer.status).toBe(200);
    expect(answer.body.data.stats.entityCount).toBeGreaterThan(600);
  });
});

describe('mutations and subscriptions', () => {
  for (const operation of ['mutation { x }', 'subscription { x }', 'mutation M { entity(id: "town:pingshi") { id } }']) {
    it(`${operation} gets a coded caller error, and no stack trace in the log`, async () => {
      const spies = (['error', 'warn', 'log', 'info', 'debug'] as const).map((level) => vi.spyOn(console, level).mockImplementation(() => {}));
      try {
        const answer = await post({ query: operation });
        expect(answer.status).toBe(400);
        expect(answer.body.errors[0].extensions.code).toBe('OPERATION_NOT_SUPPORTED');
        expect(answer.body.errors[0].message).toMatch(/queries only/);
        const logged = spies.flatMap((spy) => spy.mock.calls.map((call) => call.map(String).join(' ')));
        expect(logged.length).toBeLessThanOrEqual(1);
        expect(logged.join('\n')).not.toMatch(/\n\s+at /);
      } finally {
        for (const spy of spies) spy.mockRestore();
      }
    });
  }
});

describe('the body limit counts the bytes that arrive', () => {
  const chunked = (bytes: number) => {
    const body = JSON.stringify({ query: '{ stats { entityCount } }', variables: { pad: 'x'.repeat(bytes) } });
    const encoded = new TextEncoder().encode(body);
    return new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < encoded.length; i += 16_384) controller.enqueue(encoded.slice(i, i + 16_384));
        controller.close();
      },
    });
  };
  const send = (body: ReadableStream<Uint8Array>) => fetch(`${api.origin}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', accept: RESPONSE_JSON }, body, duplex: 'half',
  } as RequestInit);

  it('a 2 MB body sent chunked, with no Content-Length, gets 413', async () => {
    const response = await send(chunked(2_000_000));
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('a small chunked body is read and answered', async () => {
    const response = await send(chunked(1_000));
    expect(response.status).toBe(200);
    expect((await response.json()).data.stats.entityCount).toBeGreaterThan(600);
  });
});

describe('the cost limit follows the documented maxima, literal or variable', () => {
  const maxima = [
    { name: 'entities first 500', literal: '{ entities(first: 500) { totalCount edges { cursor node { id name nameEn } } pageInfo { hasNextPage endCursor } } }', variable: 'query Q($n: Int) { entities(first: $n) { totalCount edges { cursor node { id name nameEn } } pageInfo { hasNextPage endCursor } } }', variables: { n: 500 }, beyond: { n: 501 } },
    { name: 'search first 100', literal: '{ search(query: "镇", first: 100) { score entity { id name } } }', variable: 'query Q($n: Int) { search(query: "镇", first: $n) { score entity { id name } } }', variables: { n: 100 }, beyond: { n: 101 } },
    { name: 'neighborhood depth 3 limit 2000', literal: '{ neighborhood(id: "town:lechang", depth: 3, limit: 2000) { truncated nodes { id name } relations { id type source { id } target { id } } } }', variable: 'query Q($d: Int, $n: Int) { neighborhood(id: "town:lechang", depth: $d, limit: $n) { truncated nodes { id name } relations { id type source { id } target { id } } } }', variables: { d: 3, n: 2000 }, beyond: { d: 3, n: 2001 } },
    { name: 'shortestPath maxLength 10', literal: '{ shortestPath(from: "town:pingshi", to: "glossary:12", maxLength: 10) { length nodes { id name } relations { id type } } }', variable: 'query Q($n: Int) { shortestPath(from: "town:pingshi", to: "glossary:12", maxLength: $n) { length nodes { id name } relations { id type } } }', variables: { n: 10 }, beyond: { n: 11 } },
  ];
  for (const m of maxima) {
    it(`${m.name} passes written as a literal and as a variable; one more fails both ways`, async () => {
      const literal = await post({ query: m.literal });
      expect(literal.body.errors, m.literal).toBeUndefined();
      const variable = await post({ query: m.variable, variables: m.variables });
      expect(variable.body.errors).toBeUndefined();
      expect(variable.body.data).toEqual(literal.body.data);
      const beyond = await post({ query: m.variable, variables: m.beyond });
      expect(beyond.body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      const beyondLiteral = Object.entries(m.beyond).reduce((q, [k, v]) => q.replace(`$${k}`, String(v)), m.variable.replace(/^query Q\([^)]*\)/, ''));
      expect((await post({ query: beyondLiteral })).body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    });
  }

  it('the whole-graph query the explorer sends passes', async () => {
    const answer = await post({ query: '{ graph { nodes { id type name nameEn pinyin degree position { x y } } relations { id type sourceId targetId } } }' });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.graph.nodes.length).toBeGreaterThan(600);
  });

  it('a costly query fails the same whether its sizes are literals or variables', async () => {
    const selection = '{ edges { node { relations { evidence { section { title } } source { relations { id } } } } } }';
    const literal = await post({ query: `{ entities(first: 500) ${selection} }` });
    const variable = await post({ query: `query Q($n: Int) { entities(first: $n) ${selection} }`, variables: { n: 500 } });
    const defaulted = await post({ query: `query Q($n: Int = 500) { entities(first: $n) ${selection} }` });
    for (const answer of [literal, variable, defaulted]) {
      expect(answer.status).toBe(400);
      expect(answer.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(answer.body.errors[0].message).toMatch(/costs \d+; at most 50000/);
    }
    const small = await post({ query: `query Q($n: Int) { entities(first: $n) ${selection} }`, variables: { n: 5 } });
    expect(small.body.errors).toBeUndefined();
  });
});

describe('automatic persisted queries', () => {
  const query = '{ entity(id: "town:pingshi") { name } }';
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const persisted = { persistedQuery: { version: 1, sha256Hash } };

  it('a hash the server has not seen asks for the query; after that, the hash alone answers, by POST and GET', async () => {
    const unknown = await post({ extensions: persisted });
    expect(unknown.body.errors[0]).toMatchObject({ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });
    expect((await post({ query, extensions: persisted })).body).toEqual({ data: { entity: { name: '坪石镇' } } });
    expect((await post({ extensions: persisted })).body).toEqual({ data: { entity: { name: '坪石镇' } } });
    const get = await fetch(`${api.origin}/graphql?extensions=${encodeURIComponent(JSON.stringify(persisted))}`, { headers: { accept: RESPONSE_JSON } });
    expect(await get.json()).toEqual({ data: { entity: { name: '坪石镇' } } });
  });

  it('a hash that does not match its query is refused', async () => {
    const wrong = await post({ query: '{ stats { entityCount } }', extensions: persisted });
    expect(wrong.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_MISMATCH');
  });

  it('keeps a bounded number of queries, dropping the least recently used', async () => {
    const small = await listen(appWith({ APQ_MAX_QUERIES: '2' }));
    try {
      const ask = (q: string, withQuery: boolean) => post({ ...(withQuery ? { query: q } : {}), extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(q).digest('hex') } } }, RESPONSE_JSON, () => small);
      const queries = ['{ a: stats { entityCount } }', '{ b: stats { entityCount } }', '{ c: stats { entityCount } }'];
      for (const q of queries) expect((await ask(q, true)).body.errors).toBeUndefined();
      expect((await ask(queries[0]!, false)).body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect((await ask(queries[2]!, false)).body.errors).toBeUndefined();
    } finally {
      await small.close();
    }
  });
});

/** A GET with raw bytes (no automatic decompression), to see exactly what went over the wire. */
function rawGet(path: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${api.origin}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, bytes: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('HTTP caching and compression of GET answers and exports', () => {
  const graphQuery = `/graphql?query=${encodeURIComponent('{ graph { nodes { id name } relations { id } } }')}`;
  for (const path of [graphQuery, '/export/graph.gexf?types=TOWN', '/export/nodes.csv']) {
    it(`${path.slice(0, 30)}… carries a quoted ETag from the seed version, Cache-Control and Vary, and answers If-None-Match with 304`, async () => {
      const first = await rawGet(path, { accept: RESPONSE_JSON });
      expect(first.status).toBe(200);
      const etag = String(first.headers.etag);
      expect(etag).toMatch(new RegExp(`^"${store.seedVersion}-[0-9a-f]{12}"$`));
      expect(first.headers['cache-control']).toBe('public, no-cache');
      expect(String(first.headers.vary)).toMatch(/accept(?!-)/);
      const again = await rawGet(path, { accept: RESPONSE_JSON, 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(again.bytes.byteLength).toBe(0);
      expect(again.headers.etag).toBe(etag);
      const otherAccept = await rawGet(path, { accept: 'application/json', 'if-none-match': etag });
      expect(otherAccept.status).toBe(200);
      const stale = await rawGet(path, { accept: RESPONSE_JSON, 'if-none-match': '"an-old-seed-000000000000"' });
      expect(stale.status).toBe(200);
    });
  }

  it('an answer with errors is not cached', async () => {
    const answer = await rawGet(`/graphql?query=${encodeURIComponent('{ entity(id: "town:atlantis") { id } }')}`, { accept: RESPONSE_JSON });
    expect(answer.headers.etag).toBeUndefined();
    expect(answer.headers['cache-control']).toBe('no-store');
    const badExport = await rawGet('/export/graph.gexf?types=VILLAGE', {});
    expect(badExport.headers.etag).toBeUndefined();
    expect(badExport.headers['cache-control']).toBe('no-store');
  });

  for (const [coding, inflate] of [['gzip', (b: Buffer) => import('node:zlib').then((z) => z.gunzipSync(b))], ['br', (b: Buffer) => import('node:zlib').then((z) => z.brotliDecompressSync(b))]] as const) {
    it(`compresses large answers with ${coding} when accepted, and leaves small ones`, async () => {
      const plain = await rawGet(graphQuery, { accept: RESPONSE_JSON });
      const packed = await rawGet(graphQuery, { accept: RESPONSE_JSON, 'accept-encoding': coding });
      expect(packed.headers['content-encoding']).toBe(coding);
      expect(packed.bytes.byteLength).toBeLessThan(plain.bytes.byteLength / 3);
      expect((await inflate(packed.bytes)).equals(plain.bytes)).toBe(true);
      expect(String(packed.headers.vary)).toMatch(/accept-encoding/);
      const revalidated = await rawGet(graphQuery, { accept: RESPONSE_JSON, 'accept-encoding': coding, 'if-none-match': String(packed.headers.etag) });
      expect(revalidated.status).toBe(304);
      const gexf = await rawGet('/export/graph.gexf', { 'accept-encoding': coding });
      expect(gexf.headers['content-encoding']).toBe(coding);
      const small = await rawGet(`/graphql?query=${encodeURIComponent('{ stats { entityCount } }')}`, { accept: RESPONSE_JSON, 'accept-encoding': coding });
      expect(small.headers['content-encoding']).toBeUndefined();
    });

    it(`compresses a mid-sized answer with ${coding} in the request's turn, and it inflates to the plain bytes`, async () => {
      // Between COMPRESS_MIN_BYTES and COMPRESS_SYNC_MAX_BYTES: compressed at once, with a window sized to the body.
      const query = `/graphql?query=${encodeURIComponent('{ neighborhood(id: "town:pingshi", depth: 1, limit: 200) { nodes { id name type degree } relations { id type source { id } target { id } } } }')}`;
      const plain = await rawGet(query, { accept: RESPONSE_JSON });
      expect(plain.bytes.byteLength).toBeGreaterThan(COMPRESS_MIN_BYTES);
      expect(plain.bytes.byteLength).toBeLessThan(COMPRESS_SYNC_MAX_BYTES);
      const packed = await rawGet(query, { accept: RESPONSE_JSON, 'accept-encoding': coding });
      expect(packed.headers['content-encoding']).toBe(coding);
      expect((await inflate(packed.bytes)).equals(plain.bytes)).toBe(true);
    });
  }
});
