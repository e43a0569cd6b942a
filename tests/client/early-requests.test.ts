/**
 * The explorer's first two requests (client/src/graphql/early-requests.ts): started once by the
 * prefetch entry, handed to the explorer once, never started again after the explorer asked.
 * Each test loads the module afresh, as each page load does.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

async function freshModule(search = '') {
  vi.resetModules();
  vi.stubGlobal('window', { location: { search } });
  const fetch = vi.fn(async (url: string) => json({ data: url.includes('Reports') ? { reports: [] } : { graph: { nodes: [], relations: [] } } }));
  vi.stubGlobal('fetch', fetch);
  return { early: await import('../../client/src/graphql/early-requests.ts'), fetch };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('early requests', () => {
  it('starts the reports and the whole graph once, by GET, and hands each over once', async () => {
    const { early, fetch } = await freshModule();
    early.prefetchEarlyRequests();
    early.prefetchEarlyRequests();
    expect(fetch).toHaveBeenCalledTimes(2);
    const urls = fetch.mock.calls.map(([url]) => new URL(url, 'http://localhost'));
    expect(urls.map((u) => /query (\w+)/.exec(u.searchParams.get('query') ?? '')?.[1]).sort()).toEqual(['Graph', 'Reports']);
    expect(JSON.parse(urls.find((u) => u.searchParams.get('query')!.includes('query Graph'))!.searchParams.get('variables')!)).toEqual({ reports: null });
    const graph = early.takeEarlyRequest('graph');
    expect(graph).not.toBeNull();
    expect((await (await graph!).json()).data.graph).toEqual({ nodes: [], relations: [] });
    expect(early.takeEarlyRequest('graph')).toBeNull();
  });

  it('starts nothing the explorer has already asked for itself', async () => {
    const { early, fetch } = await freshModule();
    expect(early.takeEarlyRequest('graph')).toBeNull();
    expect(early.takeEarlyRequest('reports')).toBeNull();
    early.prefetchEarlyRequests();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('starts no graph for a link that chooses reports: their ids are checked first', async () => {
    const { early, fetch } = await freshModule('?reports=lechang-2021');
    early.prefetchEarlyRequests();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(early.takeEarlyRequest('graph')).toBeNull();
    expect(early.takeEarlyRequest('reports')).not.toBeNull();
  });
});
