/** The report and a seed built from it once per test file, for tests that read the built graph. */
import { readFileSync } from 'node:fs';
import { defaultBuildInput } from '../../graph-seed/build-seed.ts';
import { buildCorpusSeed } from '../../graph-seed/corpus.ts';
import { SEED_PATHS } from '../../graph-seed/paths.ts';
import type { Entity, Relation, SeedArtefact } from '../../graph-seed/types.ts';

export const rawReport = readFileSync(SEED_PATHS.report, 'utf8');

export function buildFrom(curationFolder: string = SEED_PATHS.curation): SeedArtefact {
  return buildCorpusSeed({ ...defaultBuildInput(), raw: rawReport, curationFolder }, []);
}

export interface SeedView {
  seed: SeedArtefact;
  entities: Entity[];
  relations: Relation[];
  byId: Map<string, Entity>;
}

export function viewOf(seed: SeedArtefact): SeedView {
  const entities = seed.graph.nodes.map((n) => ({ id: n.key, ...n.attributes! }) as Entity);
  const relations = seed.graph.edges.map((e) => ({ id: e.key!, source: e.source, target: e.target, ...e.attributes! }) as Relation);
  return { seed, entities, relations, byId: new Map(entities.map((e) => [e.id, e])) };
}
