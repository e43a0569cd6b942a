/**
 * Round trips of the Neo4j store, counted on a real Neo4j: an entity with its passages and
 * sections is one query once the version's sections have been read (they are kept per version:
 * SectionCache), reports are read once per version, and the answers stay the memory store's.
 * Runs when NEO4J_URI is set; under CI=true it must.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAYOUT } from '../../server/store/neo4j-schema.ts';
import { Neo4jVersionReader, SectionCache } from '../../server/store/neo4j-store.ts';
import { deleteVersion, loadGraph } from '../../scripts/neo4j/load-graph.ts';
import { memory, neo4jConfig, neo4jWanted, seed } from './stores.ts';

/** A driver whose sessions are counted: the store opens one session per query (runRead). */
function countingDriver(driver: Driver) {
  const counter = { sessions: 0 };
  const counted = new Proxy(driver, {
    get(target, key, receiver) {
      if (key === 'session') {
        return (...args: Parameters<Driver['session']>) => {
          counter.sessions += 1;
          return target.session(...args);
        };
      }
      return Reflect.get(target, key, receiver);
    },
  });
  return { counted, counter };
}

describe.skipIf(!neo4jWanted)('Neo4j store round trips', () => {
  let driver: Driver;
  let version: string | null = null;
  let reader: (cache?: SectionCache) => Neo4jVersionReader;
  let counter: { sessions: number };

  beforeAll(async () => {
    const config = neo4jConfig();
    driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), { disableLosslessIntegers: true });
    // A version of its own beside whatever is served, so no other test's load moves it.
    version = (await loadGraph(driver, config.database, seed, { graceMs: 0, switchTo: false, force: true })).version;
    const counting = countingDriver(driver);
    counter = counting.counter;
    reader = (cache) => new Neo4jVersionReader(counting.counted, config.database, 30_000,
      { id: version!, seedVersion: seed.version, stamp: '', layout: LAYOUT, switchedAt: '', reportIds: seed.reports.map((r) => r.id) }, undefined, undefined, cache);
  }, 180_000);

  afterAll(async () => {
    if (driver) {
      if (version) await deleteVersion(driver, neo4jConfig().database, version);
      await driver.close();
    }
  });

  it('passages and sections take no query once their sections are kept, and answer as the memory store', async () => {
    const cache = new SectionCache();
    const [town] = await memory.entitiesByIds(['town:pingshi']);
    const first = reader(cache);
    counter.sessions = 0;
    const [entity] = await first.entitiesByIds(['town:pingshi']);
    expect(counter.sessions).toBe(1);
    expect(await first.passages(entity!.mentions)).toEqual(await memory.passages(town!.mentions));
    expect(counter.sessions).toBe(2);
    // The next request (a new view, the same store's cache): the entity's query alone.
    const next = reader(cache);
    counter.sessions = 0;
    const [again] = await next.entitiesByIds(['town:pingshi']);
    const passages = await next.passages(again!.mentions);
    const sections = await next.sectionsByIds([...new Set(again!.mentions.map((m) => m.sectionId))]);
    expect(counter.sessions).toBe(1);
    expect(passages).toEqual(await memory.passages(town!.mentions));
    expect(sections).toEqual(await memory.sectionsByIds([...new Set(town!.mentions.map((m) => m.sectionId))]));
    // An id it does not know is asked of Neo4j (one query), and is null as on the memory store.
    expect(await next.sectionsByIds(['section:nope', sections[0]!.id])).toEqual([null, sections[0]]);
    expect(counter.sessions).toBe(2);
  });

  it('reads the reports and the outline once per version', async () => {
    const cache = new SectionCache();
    counter.sessions = 0;
    expect(await reader(cache).reports()).toEqual(await memory.reports());
    expect(await reader(cache).reports()).toEqual(await memory.reports());
    expect(await reader(cache).sections()).toEqual(await memory.sections());
    expect(await reader(cache).sections()).toEqual(await memory.sections());
    expect(counter.sessions).toBe(2);
  });

  it('a section the cache dropped is read again', async () => {
    const cache = new SectionCache(1);
    const [town] = await memory.entitiesByIds(['town:pingshi']);
    await reader(cache).passages(town!.mentions);
    counter.sessions = 0;
    expect(await reader(cache).passages(town!.mentions)).toEqual(await memory.passages(town!.mentions));
    expect(counter.sessions).toBe(1);
  });
});
