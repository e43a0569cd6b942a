/** The real app on the real seed, reached through `fetch` with no port, as other tools reach it. */
import { loadConfig } from '../../server/config.ts';
import { MemoryStore } from '../../server/store/memory-store.ts';
import { readSeed } from '../../server/store/create-store.ts';
import { createApp } from '../../server/yoga.ts';

export const seed = await readSeed();
export const store = new MemoryStore(seed);

export function appWith(env: Record<string, string> = {}) {
  return createApp({ store, config: loadConfig(env), clientDir: null });
}

export const app = appWith();

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, target = app): Promise<GraphQLResponse<T>> {
  const response = await target.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...(await response.json()) };
}

export const codes = (r: GraphQLResponse) => (r.errors ?? []).map((e) => e.extensions?.code);
