/** Picks the store the config asks for and gives it the seed. */
import { readFile } from 'node:fs/promises';
import { SEED_PATHS } from '../../graph-seed/paths.ts';
import type { SeedArtefact } from '../../graph-seed/types.ts';
import type { ServerConfig } from '../config.ts';
import { MemoryStore } from './memory-store.ts';
import { Neo4jStore } from './neo4j-store.ts';
import type { GraphStore } from './types.ts';

export async function readSeed(path: string = SEED_PATHS.seed): Promise<SeedArtefact> {
  return JSON.parse(await readFile(path, 'utf8')) as SeedArtefact;
}

/**
 * The memory store serves `seed` and is ready at once. The Neo4j store serves whatever graph
 * version the database's pointer names (`npm run load:neo4j` loads one; the server never
 * writes), so `seed` is not used for it. It is returned at once and finds its version in the
 * background, so the server starts even while Neo4j is down.
 */
export function createStore(config: ServerConfig, seed: SeedArtefact, log: (message: string) => void = console.log): GraphStore {
  if (!config.neo4j) return new MemoryStore(seed);
  const store = new Neo4jStore({ config: config.neo4j, timeoutMs: config.limits.timeoutMs, log });
  void store.start();
  return store;
}
