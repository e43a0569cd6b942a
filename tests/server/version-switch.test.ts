/**
 * A switch of the served graph version in the middle of a request: the answer comes from the
 * request's view (one version), the response cache never keeps it under the version switched
 * to, and the HTTP entity tag is left off an answer whose version the store no longer serves.
 *
 * A switch exactly between a request's arrival and its execution cannot be timed against a real
 * Neo4j, so two real memory stores (two seed versions) stand behind a pointer that flips when
 * the request takes its view, as the Neo4j store's background poll could.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { MemoryStore } from '../../server/store/memory-store.ts';
import type { GraphStore } from '../../server/store/types.ts';
import { createApp } from '../../server/yoga.ts';
import { seed } from './app.ts';

/** The real seed as another version, with Pingshi renamed so answers say which version they come from. */
function otherVersion(): MemoryStore {
  const copy = structuredClone(seed);
  copy.version = `${seed.version}-next`;
  const pingshi = copy.graph.nodes.find((n) => n.key === 'town:pingshi')!;
  pingshi.attributes!.name = '坪石镇（下一版）';
  return new MemoryStore(copy);
}

/** Serves `first`, then switches to `second` as soon as a request has taken its view (mid-request). */
function switchingStore(first: MemoryStore, second: MemoryStore): GraphStore & { switchTo(next: MemoryStore): void; switchOnView: MemoryStore | null } {
  let current: MemoryStore = first;
  const store = {
    kind: 'memory' as const,
    switchOnView: second as MemoryStore | null,
    get seedVersion() {
      return current.seedVersion;
    },
    switchTo(next: MemoryStore) {
      current = next;
    },
    view() {
      const view = current;
      if (store.switchOnView) {
        current = store.switchOnView;
        store.switchOnView = null;
      }
      return view;
    },
  };
  return new Proxy(store, {
    get(target, key, receiver) {
      if (key in target) return Reflect.get(target, key, receiver);
      const value = Reflect.get(current, key, current) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(current) : value;
    },
  }) as unknown as GraphStore & { switchTo(next: MemoryStore): void; switchOnView: MemoryStore | null };
}

const QUERY = '{ entity(id: "town:pingshi") { name } }';
const url = `http://test/graphql?query=${encodeURIComponent(QUERY)}`;
const nameIn = async (response: Response) => ((await response.json()) as { data: { entity: { name: string } } }).data.entity.name;

describe('a version switch during a request', () => {
  let stores: MemoryStore[] = [];
  afterEach(async () => {
    await Promise.all(stores.map((s) => s.close()));
    stores = [];
  });

  it('answers, tags and caches each request under the one version it read, across a switch and a rollback', async () => {
    const [a, b] = (stores = [new MemoryStore(seed), otherVersion()]);
    const store = switchingStore(a!, b!);
    const app = createApp({ store, config: loadConfig({ RESPONSE_CACHE: 'true' }), clientDir: null });
    const ask = () => app.fetch(url, { headers: { accept: 'application/json' } });
    const tagOf = (version: string) => new RegExp(`^"${version}-[0-9a-f]+"$`);

    // The store switches to b while the first request runs: the answer and its tag are a's.
    const during = await ask();
    expect(store.switchOnView).toBeNull();
    expect(store.seedVersion).toBe(b!.seedVersion);
    expect(await nameIn(during)).toBe('坪石镇');
    expect(during.headers.get('etag')).toMatch(tagOf(a!.seedVersion));

    // After the switch the same question is b's, not a's answer from the cache.
    const after = await ask();
    expect(await nameIn(after)).toBe('坪石镇（下一版）');
    expect(after.headers.get('etag')).toMatch(tagOf(b!.seedVersion));

    // Rolled back to a: a's answer again, never b's cached under a's version.
    store.switchTo(a!);
    const rolledBack = await ask();
    expect(await nameIn(rolledBack)).toBe('坪石镇');
    expect(rolledBack.headers.get('etag')).toMatch(tagOf(a!.seedVersion));

    // A client holding b's tag gets the full answer from a, not a 304.
    const revalidated = await app.fetch(url, { headers: { accept: 'application/json', 'if-none-match': after.headers.get('etag')! } });
    expect(revalidated.status).toBe(200);
    expect(await nameIn(revalidated)).toBe('坪石镇');
  });
});
