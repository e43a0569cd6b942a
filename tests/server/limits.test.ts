/** Abuse limits, error codes and masking at the API edge. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';
import { StoreUnavailableError } from '../../server/store/errors.ts';
import type { GraphStore } from '../../server/store/types.ts';
import { createApp } from '../../server/yoga.ts';
import { app, appWith, codes, gql, store } from './app.ts';

/** The real store with one method replaced: for failures no real store can be made to show on cue. */
function storeWith(overrides: Partial<GraphStore>): GraphStore {
  return new Proxy(store, {
    get: (target, key) => (key in overrides ? overrides[key as keyof GraphStore] : Reflect.get(target, key, target)),
  });
}

describe('query limits', () => {
  it('rejects a query nested deeper than allowed', async () => {
    let query = 'id';
    for (let i = 0; i < 6; i++) query = `relations { source { ${query} } }`;
    const r = await gql(`{ entity(id: "town:pingshi") { ${query} } }`);
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.errors![0]!.message).toMatch(/depth/i);
  });

  it('rejects too many aliases, directives or tokens', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: stats { entityCount }`).join(' ');
    expect(codes(await gql(`{ ${aliases} }`))).toEqual(['QUERY_TOO_COMPLEX']);
    const directives = Array.from({ length: 21 }, () => '@include(if: true)').join(' ');
    expect(codes(await gql(`{ stats ${directives} { entityCount } }`))).toContain('QUERY_TOO_COMPLEX');
    const tokens = `{ stats { ${Array.from({ length: 5100 }, () => 'entityCount').join(' ')} } }`;
    expect(codes(await gql(tokens))).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('rejects a query costlier than allowed', async () => {
    const cheap = appWith({ MAX_QUERY_COST: '100' });
    const r = await gql(`{ graph { nodes { id name mentions { quote section { title parent { title parent { title } } } } relations { id source { id } target { id } } } } }`, undefined, cheap);
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect((await gql(`{ stats { entityCount } }`, undefined, cheap)).errors).toBeUndefined();
  });

  it('rejects a request body over the limit with 413', async () => {
    const body = JSON.stringify({ query: `{ stats { entityCount } }`, variables: { pad: 'x'.repeat(200_000) } });
    const response = await app.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(body.length) }, body });
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('stops an operation that runs past the timeout', async () => {
    const slow = storeWith({ stats: () => new Promise((resolve) => setTimeout(() => resolve(store.stats({ top: 1 })), 1_000)) });
    const timed = createApp({ store: slow, config: loadConfig({ QUERY_TIMEOUT_MS: '100' }) });
    const started = Date.now();
    const r = await gql(`{ stats { entityCount } }`, undefined, timed);
    expect(codes(r)).toEqual(['TIMEOUT']);
    expect(Date.now() - started).toBeLessThan(900);
  });
});

describe('errors', () => {
  it('a store that cannot answer gives STORE_UNAVAILABLE, and /readyz says why', async () => {
    const down = storeWith({
      entitiesByIds: () => Promise.reject(new StoreUnavailableError('connection refused')),
      health: async () => ({ ready: false, store: 'neo4j', seedVersion: null, reason: 'connection refused' }),
    });
    const unavailable = createApp({ store: down, config: loadConfig({}) });
    const r = await gql(`{ entity(id: "town:pingshi") { id } }`, undefined, unavailable);
    expect(codes(r)).toEqual(['STORE_UNAVAILABLE']);
    const ready = await unavailable.fetch('http://test/readyz');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ ready: false, reason: 'connection refused' });
  });

  it('an unexpected failure is masked: no message details, no stack', async () => {
    const broken = createApp({ store: storeWith({ stats: () => Promise.reject(new Error('secret internals at /srv/x.ts:12')) }), config: loadConfig({}) });
    const r = await gql(`{ stats { entityCount } }`, undefined, broken);
    expect(codes(r)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(JSON.stringify(r)).not.toContain('secret');
    expect(JSON.stringify(r)).not.toContain('.ts:');
  });

  it('a malformed document or unknown field is a GraphQL error, not a crash', async () => {
    const syntax = await gql(`{ stats { `);
    expect(syntax.errors![0]!.message).toMatch(/Syntax Error/);
    const unknown = await gql(`{ nothingHere }`);
    expect(unknown.errors![0]!.message).toContain('nothingHere');
    const response = await app.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
    expect(response.status).toBe(400);
  });
});

describe('configuration', () => {
  it('introspection can be turned off', async () => {
    const closed = appWith({ INTROSPECTION: 'false' });
    expect((await gql(`{ __schema { queryType { name } } }`, undefined, closed)).errors).toBeDefined();
    expect((await gql(`{ __schema { queryType { name } } }`)).data!.__schema.queryType.name).toBe('Query');
  });

  it('CORS allows only the configured origins', async () => {
    const open = appWith({ CORS_ORIGINS: 'https://briefings.example.org' });
    const preflight = (origin: string) => open.fetch('http://test/graphql', {
      method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect((await preflight('https://briefings.example.org')).headers.get('access-control-allow-origin')).toBe('https://briefings.example.org');
    expect((await preflight('https://elsewhere.example.com')).headers.get('access-control-allow-origin')).not.toBe('https://elsewhere.example.com');
  });

  it('a bad setting stops start-up with a message naming the variable and what is allowed', () => {
    const problem = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as Error).message;
      }
      throw new Error('accepted a bad setting');
    };
    expect(problem({ PORT: 'abc' })).toMatch(/^PORT=.*0 to 65535/);
    expect(problem({ GRAPHIQL: 'maybe' })).toMatch(/^GRAPHIQL=.*true or false/);
    expect(problem({ CORS_ORIGINS: 'not a url' })).toMatch(/^CORS_ORIGINS/);
    expect(problem({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' })).toMatch(/^NEO4J_URI=.*bolt:\/\//);
    expect(problem({ NEO4J_URI: 'bolt://localhost:7687' })).toMatch(/^NEO4J_PASSWORD is required/);
    const bolt = { NEO4J_URI: 'bolt://localhost:7687', NEO4J_PASSWORD: 'x' };
    expect(problem({ ...bolt, NEO4J_POLL_MS: '5' })).toMatch(/^NEO4J_POLL_MS=.*100 to 60000/);
    expect(problem({ ...bolt, NEO4J_POLL_MS: '3000', NEO4J_STALE_MS: '5000' })).toMatch(/^NEO4J_STALE_MS=5000 .*at least two polls \(6000 ms/);
    expect(problem({ ...bolt, NEO4J_RETRY_MS: 'soon' })).toMatch(/^NEO4J_RETRY_MS=/);
  });

  it('the Neo4j pointer poll, staleness bound and retry wait come from the environment', () => {
    const bolt = { NEO4J_URI: 'bolt://localhost:7687', NEO4J_PASSWORD: 'x' };
    expect(loadConfig(bolt).neo4j).toMatchObject({ pollMs: 1_000, staleMs: 10_000, retryMs: 5_000 });
    expect(loadConfig({ ...bolt, NEO4J_POLL_MS: '250', NEO4J_STALE_MS: '2000', NEO4J_RETRY_MS: '700' }).neo4j).toMatchObject({ pollMs: 250, staleMs: 2_000, retryMs: 700 });
    // A longer poll raises the default bound with it, so the default never contradicts the poll.
    expect(loadConfig({ ...bolt, NEO4J_POLL_MS: '8000' }).neo4j).toMatchObject({ pollMs: 8_000, staleMs: 16_000 });
  });
});
