import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, loadConfig } from '../../client/src/config.ts';
import { ApiError, describeApiError, request } from '../../client/src/graphql/client.ts';
import { SearchDocument } from '../../client/src/graphql/generated/graphql.ts';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

async function failure(respond: () => Promise<Response>): Promise<ApiError> {
  vi.stubGlobal('fetch', vi.fn(respond));
  const error = await request(SearchDocument, { query: 'pingshi' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('API client', () => {
  it('posts the typed document and returns its data', async () => {
    const fetch = vi.fn(async () => json({ data: { search: [] } }));
    vi.stubGlobal('fetch', fetch);
    expect(await request(SearchDocument, { query: 'pingshi', first: 3 })).toEqual({ search: [] });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    const body = JSON.parse(String(init.body));
    expect(body.query).toContain('search(query: $query');
    expect(body.variables).toEqual({ query: 'pingshi', first: 3 });
  });

  it('sends a cacheable query by GET, its text and variables in the URL', async () => {
    const fetch = vi.fn(async () => json({ data: { search: [] } }));
    vi.stubGlobal('fetch', fetch);
    expect(await request(SearchDocument, { query: 'pingshi', first: 3 }, { cacheable: true })).toEqual({ search: [] });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.method).toBe('GET');
    expect(init.body).toBeUndefined();
    const sent = new URL(url, 'http://localhost');
    expect(sent.pathname).toBe('/graphql');
    expect(sent.searchParams.get('query')).toContain('search(query: $query');
    expect(JSON.parse(sent.searchParams.get('variables')!)).toEqual({ query: 'pingshi', first: 3 });
  });

  it('reports a store that cannot answer, with its code', async () => {
    const error = await failure(async () => json({ data: null, errors: [{ message: 'Neo4j is down', extensions: { code: 'STORE_UNAVAILABLE' } }] }));
    expect(error.kind).toBe('graphql');
    expect(error.code).toBe('STORE_UNAVAILABLE');
    expect(describeApiError(error)).toContain('unavailable');
  });

  it('reports HTTP errors without a GraphQL body, and unreachable servers', async () => {
    const http = await failure(async () => new Response('Bad gateway', { status: 502, statusText: 'Bad Gateway' }));
    expect(http.kind).toBe('http');
    expect(describeApiError(http)).toContain('502');
    const network = await failure(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(network.kind).toBe('network');
    expect(describeApiError(network)).toContain('cannot be reached');
  });

  it('passes a NOT_FOUND message through as the reader-facing text', async () => {
    const error = await failure(async () => json({ data: { entity: null }, errors: [{ message: 'No Entity with id "x"', extensions: { code: 'NOT_FOUND' } }] }));
    expect(describeApiError(error)).toBe('No Entity with id "x"');
  });
});

describe('client config', () => {
  it('defaults to the same-origin API', () => {
    expect(loadConfig({})).toEqual({ graphqlUrl: '/graphql', exportUrl: '/export', requestTimeoutMs: 20_000 });
    expect(loadConfig({ VITE_GRAPHQL_URL: 'https://api.example.org/graphql', VITE_REQUEST_TIMEOUT_MS: '5000' })).toEqual({
      graphqlUrl: 'https://api.example.org/graphql',
      exportUrl: 'https://api.example.org/export',
      requestTimeoutMs: 5000,
    });
  });

  it('refuses bad values, naming the variable', () => {
    expect(() => loadConfig({ VITE_GRAPHQL_URL: 'ftp://x' })).toThrow(ConfigError);
    expect(() => loadConfig({ VITE_REQUEST_TIMEOUT_MS: 'soon' })).toThrow(/VITE_REQUEST_TIMEOUT_MS/);
  });
});
