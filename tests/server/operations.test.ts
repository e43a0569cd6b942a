/**
 * A document with several operations is answered with the operation `operationName` names, by
 * POST, GET and batch, in any order — with and without the response cache. Every cache of
 * parsed, validated or compiled documents must key on the operation name (and on variables
 * where they change the answer), so each case is asked after the others have warmed the caches.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appWith } from './app.ts';
import { listen, type Listening } from './http-server.ts';

const DOCUMENT = 'query A { entity(id: "town:pingshi") { name } } query B { entity(id: "town:lechang") { name } }';
const EXPECTED = { A: '坪石镇', B: '乐昌市' } as const;
const VARIABLES_DOCUMENT = 'query One($id: ID!) { entity(id: $id) { name } } query Two { stats { entityCount } }';

const servers: Record<string, Listening> = {};
beforeAll(async () => {
  servers.plain = await listen(appWith());
  servers.cached = await listen(appWith({ RESPONSE_CACHE: 'true' }));
});
afterAll(async () => Promise.all(Object.values(servers).map((s) => s.close())));

const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

async function post(server: Listening, body: unknown) {
  const response = await fetch(`${server.origin}/graphql`, { method: 'POST', headers, body: JSON.stringify(body) });
  expect(response.status).toBe(200);
  return response.json();
}

async function get(server: Listening, params: Record<string, string>) {
  const response = await fetch(`${server.origin}/graphql?${new URLSearchParams(params)}`, { headers: { accept: headers.accept } });
  expect(response.status).toBe(200);
  return response.json();
}

describe.each(['plain', 'cached'])('a two-operation document (%s)', (which) => {
  const server = () => servers[which]!;

  for (const order of [['A', 'B', 'A'], ['B', 'A', 'B']] as const) {
    it(`POST answers ${order.join(', ')} each with its own operation`, async () => {
      for (const name of order) {
        expect(await post(server(), { query: DOCUMENT, operationName: name })).toEqual({ data: { entity: { name: EXPECTED[name] } } });
      }
    });

    it(`GET answers ${order.join(', ')} each with its own operation`, async () => {
      for (const name of order) {
        expect(await get(server(), { query: DOCUMENT, operationName: name })).toEqual({ data: { entity: { name: EXPECTED[name] } } });
      }
    });

    it(`a batch of ${order.join(', ')} answers each item with its own operation`, async () => {
      const answers = await post(server(), order.map((name) => ({ query: DOCUMENT, operationName: name })));
      expect(answers).toEqual(order.map((name) => ({ data: { entity: { name: EXPECTED[name] } } })));
    });
  }

  it('mixes operation names and variables in one batch and across requests', async () => {
    const batch = [
      { query: VARIABLES_DOCUMENT, operationName: 'One', variables: { id: 'town:pingshi' } },
      { query: VARIABLES_DOCUMENT, operationName: 'Two' },
      { query: VARIABLES_DOCUMENT, operationName: 'One', variables: { id: 'town:lechang' } },
    ];
    for (let round = 0; round < 2; round++) {
      const [one, two, three] = await post(server(), round === 0 ? batch : [...batch].reverse());
      const answers = round === 0 ? [one, two, three] : [three, two, one];
      expect(answers[0].data.entity.name).toBe('坪石镇');
      expect(answers[1].data.stats.entityCount).toBeGreaterThan(600);
      expect(answers[2].data.entity.name).toBe('乐昌市');
    }
  });

  it('refuses to guess when a document holds several operations and none is named', async () => {
    const response = await fetch(`${server().origin}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: DOCUMENT }) });
    const body = await response.json();
    expect(body.data).toBeUndefined();
    expect(response.status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
  });
});
