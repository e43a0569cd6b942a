/**
 * The API through the GraphQL clients other tools use, over real HTTP: Apollo Client with a
 * normalised cache (possibleTypes generated from the schema), automatic persisted queries and
 * batching; urql with its persisted exchange; graphql-request by POST, GET and batch. Each
 * sends a two-operation document and gets the operation it named.
 */
import { createHash } from 'node:crypto';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { BatchHttpLink } from '@apollo/client/link/batch-http';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { Client, cacheExchange, fetchExchange, gql as urqlGql } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import { GraphQLClient, batchRequests } from 'graphql-request';
import { isAbstractType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../server/schema/index.ts';
import { appWith } from './app.ts';
import { listen, type Listening } from './http-server.ts';

const TWO_OPERATIONS = 'query A { entity(id: "town:pingshi") { id name } } query B { entity(id: "town:lechang") { id name } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** possibleTypes as Apollo wants them, from the schema (the README shows the same from introspection). */
function possibleTypes(): Record<string, string[]> {
  return Object.fromEntries(Object.values(schema.getTypeMap()).filter(isAbstractType).map((t) => [t.name, schema.getPossibleTypes(t).map((o) => o.name)]));
}

let api: Listening;
let url: string;
beforeAll(async () => {
  api = await listen(appWith());
  url = `${api.origin}/graphql`;
});
afterAll(() => api.close());

describe('Apollo Client', () => {
  const ENTITY = gql`
    fragment Names on Entity { nameEn pinyin aliases }
    query Entity($id: ID!) {
      entity(id: $id) {
        id name type degree ...Names
        ... on Town { level }
        ... on GlossaryTerm { number definition }
        ... on Target { indicator value unit comparator period kind }
        relations { id type source { id } target { id name } }
      }
    }`;

  it('a normalised cache with possibleTypes returns every field, interface fragments included', async () => {
    const client = new ApolloClient({ link: new HttpLink({ uri: url }), cache: new InMemoryCache({ possibleTypes: possibleTypes() }) });
    for (const [id, extra] of [['town:pingshi', { level: 'TOWN' }], ['glossary:12', { number: 12 }], ['target:2021-2025:senlinfugailv-71', { value: 71, unit: '%', kind: 'GOAL' }]] as const) {
      const { data } = await client.query<{ entity: Record<string, unknown> }>({ query: ENTITY, variables: { id } });
      expect(data!.entity).toMatchObject({ id, ...extra, pinyin: expect.any(String), aliases: expect.any(Array) });
      expect((data!.entity.relations as unknown[]).length).toBeGreaterThan(0);
      // Read back from the normalised cache alone: nothing was dropped.
      const cached = client.readQuery<{ entity: Record<string, unknown> }>({ query: ENTITY, variables: { id } });
      expect(cached).toEqual(data);
    }
    const node = client.cache.identify({ __typename: 'Town', id: 'town:pingshi' });
    expect(node).toBe('Town:town:pingshi');
  });

  it('batches operations into one request (BatchHttpLink)', async () => {
    const batched = new ApolloClient({ link: new BatchHttpLink({ uri: url, batchMax: 5, batchInterval: 5 }), cache: new InMemoryCache({ possibleTypes: possibleTypes() }) });
    const [a, b] = await Promise.all([
      batched.query<{ entity: { name: string } }>({ query: gql`query A { entity(id: "town:pingshi") { id name } }` }),
      batched.query<{ entity: { name: string } }>({ query: gql`query B { entity(id: "town:lechang") { id name } }` }),
    ]);
    expect(a.data!.entity.name).toBe('坪石镇');
    expect(b.data!.entity.name).toBe('乐昌市');
  });

  it('speaks automatic persisted queries (PersistedQueryLink), by POST and by GET', async () => {
    for (const useGETForHashedQueries of [false, true]) {
      const sent: string[] = [];
      const recording = new ApolloLink((operation, forward) => forward(operation));
      const link = ApolloLink.from([
        recording,
        new PersistedQueryLink({ sha256, useGETForHashedQueries }),
        new HttpLink({ uri: url, fetch: (input, init) => { sent.push(`${init?.method ?? 'GET'} ${String(input).includes('persistedQuery') || String(init?.body ?? '').includes('persistedQuery') ? 'apq' : 'plain'}`); return fetch(input, init); } }),
      ]);
      const client = new ApolloClient({ link, cache: new InMemoryCache() });
      const query = gql`query Stats${useGETForHashedQueries ? 'Get' : 'Post'} { stats { entityCount } }`;
      for (let i = 0; i < 2; i++) {
        const { data } = await client.query<{ stats: { entityCount: number } }>({ query, fetchPolicy: 'no-cache' });
        expect(data!.stats.entityCount).toBeGreaterThan(600);
      }
      expect(sent.every((s) => s.endsWith('apq'))).toBe(true);
    }
  });
});

describe('urql', () => {
  it('queries with a cache, and with the persisted exchange', async () => {
    const client = new Client({ url, exchanges: [cacheExchange, persistedExchange({ generateHash: async (query) => sha256(query) }), fetchExchange] });
    const query = urqlGql`query Town($id: ID!) { entity(id: $id) { id name ... on Town { level } } }`;
    for (let i = 0; i < 2; i++) {
      const result = await client.query(query, { id: 'town:pingshi' }, { requestPolicy: 'network-only' }).toPromise();
      expect(result.error).toBeUndefined();
      expect(result.data.entity).toEqual({ __typename: 'Town', id: 'town:pingshi', name: '坪石镇', level: 'TOWN' });
    }
  });

  it('pages through all entities', async () => {
    const client = new Client({ url, exchanges: [fetchExchange] });
    const page = urqlGql`query Page($after: String) { entities(first: 500, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    const ids: string[] = [];
    let after: string | null = null;
    let total = 0;
    type Page = { entities: { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    for (;;) {
      const result: { error?: unknown; data?: Page } = await client.query<Page>(page, { after }).toPromise();
      expect(result.error).toBeUndefined();
      const connection: Page['entities'] = result.data!.entities;
      total = connection.totalCount;
      ids.push(...connection.edges.map((e) => e.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(new Set(ids).size).toBe(total);
    expect(total).toBeGreaterThan(600);
  });
});

describe('graphql-request', () => {
  it('answers each operation of a two-operation document by POST and by GET', async () => {
    // graphql-request names no operation itself; a request middleware adds operationName, as a caller would.
    let operationName = '';
    const named = (request: { url: string; body?: unknown; method?: string }) => {
      if (request.method === 'GET') {
        const target = new URL(request.url);
        target.searchParams.set('operationName', operationName);
        return { ...request, url: target.toString() };
      }
      return { ...request, body: JSON.stringify({ ...JSON.parse(String(request.body)), operationName }) };
    };
    for (const method of ['POST', 'GET'] as const) {
      const client = new GraphQLClient(url, { method, requestMiddleware: named as never });
      for (const [name, expected] of [['B', '乐昌市'], ['A', '坪石镇'], ['B', '乐昌市']] as const) {
        operationName = name;
        const data = await client.request<{ entity: { name: string } }>(TWO_OPERATIONS);
        expect(data.entity.name, `${method} ${name}`).toBe(expected);
      }
    }
  });

  it('sends a batch and gets each answer in order', async () => {
    const answers = await batchRequests<[{ data: { entity: { name: string } } }, { data: { stats: { entityCount: number } } }]>(url, [
      { document: 'query One { entity(id: "town:lechang") { name } }' },
      { document: '{ stats { entityCount } }' },
    ]);
    expect(answers[0].data.entity.name).toBe('乐昌市');
    expect(answers[1].data.stats.entityCount).toBeGreaterThan(600);
  });

  it('reports a coded error as a ClientError', async () => {
    const client = new GraphQLClient(url);
    await expect(client.request('{ entities(first: 0) { totalCount } }')).rejects.toMatchObject({ response: { errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] } });
  });
});
