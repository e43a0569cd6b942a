/**
 * The stores the contract suite runs against: the memory store always; Neo4j when NEO4J_URI
 * names one (`.ci/run` starts a local server). Under CI=true a missing Neo4j is a failure.
 */
import { loadConfig } from '../../server/config.ts';
import { readSeed } from '../../server/store/create-store.ts';
import { MemoryStore } from '../../server/store/memory-store.ts';
import { Neo4jStore } from '../../server/store/neo4j-store.ts';
import type { GraphStore } from '../../server/store/types.ts';

export const seed = await readSeed();
export const memory = new MemoryStore(seed);

export const neo4jWanted = Boolean(process.env.NEO4J_URI) || process.env.CI === 'true';

/** A Neo4j store serving the seed, loaded if needed; fails after `timeoutMs` if it cannot be. */
export async function openNeo4jStore(timeoutMs = 120_000): Promise<Neo4jStore> {
  const config = loadConfig(process.env);
  if (!config.neo4j) throw new Error('NEO4J_URI is not set: start a local Neo4j (npm run neo4j:start) and set NEO4J_URI and NEO4J_PASSWORD');
  const store = new Neo4jStore({ config: config.neo4j, seed, timeoutMs: 30_000, retryMs: 1_000 });
  await store.start();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const health = await store.health();
    if (health.ready) return store;
    if (Date.now() > deadline) {
      await store.close();
      throw new Error(`Neo4j at ${config.neo4j.uri} did not become ready: ${health.reason}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

export type { GraphStore };
