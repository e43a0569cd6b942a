/** The seed summary: counts per type, goals and results, and what the graph leaves unconnected. */
import { ENTITY_TYPES, RELATION_TYPES } from './types.ts';
import type { SeedArtefact, UnresolvedMarker } from './types.ts';

export interface SeedSummary {
  version: string;
  sections: number;
  entities: Record<string, number>;
  relations: Record<string, number>;
  targets: { GOAL: number; RESULT: number };
  /** Entities outside the main connected graph, each with the curated reason it stands alone. */
  isolated: { id: string; reason: string }[];
  unresolvedMarkers: UnresolvedMarker[];
}

export function seedSummary(seed: SeedArtefact): SeedSummary {
  const entities = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0]));
  const targets = { GOAL: 0, RESULT: 0 };
  for (const node of seed.graph.nodes) {
    const a = node.attributes!;
    entities[a.type] = (entities[a.type] ?? 0) + 1;
    if (a.kind) targets[a.kind] += 1;
  }
  const relations = Object.fromEntries(RELATION_TYPES.map((t) => [t, 0]));
  for (const edge of seed.graph.edges) relations[edge.attributes!.type] = (relations[edge.attributes!.type] ?? 0) + 1;
  return {
    version: seed.version, sections: seed.sections.length, entities, relations, targets,
    isolated: seed.isolated.map((id) => ({ id, reason: seed.isolatedReasons[id] ?? '(no reason given)' })),
    unresolvedMarkers: seed.unresolvedMarkers,
  };
}

export function formatSummary(s: SeedSummary): string {
  const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  const rows = (counts: Record<string, number>) => Object.entries(counts).map(([k, v]) => `  ${k.padEnd(18)}${String(v).padStart(5)}`);
  return [
    `seed ${s.version}: ${s.sections} sections`,
    `entities: ${total(s.entities)}`, ...rows(s.entities),
    `  (targets: ${s.targets.GOAL} goals, ${s.targets.RESULT} results)`,
    `relations: ${total(s.relations)}`, ...rows(s.relations),
    `outside the main connected graph: ${s.isolated.length ? '' : 'none'}`,
    ...s.isolated.map((i) => `  ${i.id}: ${i.reason}`),
    `unresolved glossary markers: ${s.unresolvedMarkers.length ? s.unresolvedMarkers.map((m) => `[${m.number}] ${m.problem}`).join('; ') : 'none'}`,
  ].join('\n');
}
