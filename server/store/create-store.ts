/** Picks the store the config asks for and loads the seed into it. */
import { readFile } from 'node:fs/promises';
import { SEED_PATHS } from '../../graph-seed/paths.ts';
import type { SeedArtefact } from '../../graph-seed/types.ts';
import type { ServerConfig } from '../config.ts';
import { MemoryStore } from './memory-store.ts';
import type { GraphStore } from './types.ts';

export async function readSeed(path: string = SEED_PATHS.seed): Promise<SeedArtefact> {
  return JSON.parse(await readFile(path, 'utf8')) as SeedArtefact;
}

export async function createStore(config: ServerConfig, seed: SeedArtefact): Promise<GraphStore> {
  if (config.neo4j) {
    throw new Error(`NEO4J_URI is set (${config.neo4j.uri}), but this build serves the embedded store only; unset NEO4J_URI`);
  }
  return new MemoryStore(seed);
}
