/**
 * What every store must answer, worked out from the built seed file itself with plain loops over
 * its arrays — no store, no graphology — so the contract suite checks each store (the memory
 * store included) against the seed, not one store against another.
 *
 * Ids are compared as sorted lists; where the stores' interface fixes an order (pages by id,
 * most connected by degree then id) the expectation has that order.
 */
import { readFileSync } from 'node:fs';
import { SEED_PATHS } from '../../graph-seed/paths.ts';
import type { EntityType, RelationType, SeedArtefact } from '../../graph-seed/types.ts';

type Direction = 'OUT' | 'IN' | 'BOTH';

export const rawSeed = JSON.parse(readFileSync(SEED_PATHS.seed, 'utf8')) as SeedArtefact;
const nodes = rawSeed.graph.nodes.map((n) => ({ id: n.key, ...n.attributes! }));
const edges = rawSeed.graph.edges.map((e) => ({ id: e.key!, source: e.source, target: e.target, type: e.attributes!.type }));
const typeOf = new Map(nodes.map((n) => [n.id, n.type]));
const sorted = (xs: Iterable<string>) => [...xs].sort();

/** The number of relations that touch an entity, either way. */
export function degreeOf(id: string): number {
  return edges.filter((e) => e.source === id || e.target === id).length;
}

/** The ids of a page of entities ordered by id, the count of all that match, and whether more follow. */
export function expectedPage(types: readonly EntityType[] | null, first: number, after: string | null): { ids: string[]; totalCount: number; hasNextPage: boolean } {
  const matching = sorted(nodes.filter((n) => !types || types.includes(n.type)).map((n) => n.id));
  const rest = after === null ? matching : matching.filter((id) => id > after);
  return { ids: rest.slice(0, first), totalCount: matching.length, hasNextPage: rest.length > first };
}

function passes(edge: (typeof edges)[number], types: readonly RelationType[] | null | undefined): boolean {
  return !types || types.length === 0 || types.includes(edge.type);
}

/** The ids of the relations at an entity, by direction and type. */
export function expectedRelationIds(id: string, direction: Direction, types?: readonly RelationType[] | null): string[] {
  return sorted(edges.filter((e) => passes(e, types) && ((direction !== 'IN' && e.source === id) || (direction !== 'OUT' && e.target === id))).map((e) => e.id));
}

/** The entities within `depth` hops (by direction and type), with no limit, and the relations among them. */
export function expectedNeighbourhood(id: string, depth: number, direction: Direction, types?: readonly RelationType[] | null): { nodes: string[]; relations: string[] } {
  const reached = new Set([id]);
  let frontier = [id];
  for (let level = 0; level < depth; level++) {
    const next: string[] = [];
    for (const e of edges) {
      if (!passes(e, types)) continue;
      for (const [from, to] of [[e.source, e.target], [e.target, e.source]] as const) {
        const forward = from === e.source;
        if ((direction === 'OUT' && !forward) || (direction === 'IN' && forward)) continue;
        if (frontier.includes(from) && !reached.has(to)) {
          reached.add(to);
          next.push(to);
        }
      }
    }
    frontier = next;
  }
  return { nodes: sorted(reached), relations: relationsAmong(reached, types) };
}

/** The ids of the relations (of some types) with both ends among some entities. */
export function relationsAmong(kept: ReadonlySet<string>, types?: readonly RelationType[] | null): string[] {
  return sorted(edges.filter((e) => passes(e, types) && kept.has(e.source) && kept.has(e.target)).map((e) => e.id));
}

/** Hops on the shortest path ignoring direction, or null when there is none within `maxLength`. */
export function expectedPathLength(from: string, to: string, maxLength: number, types?: readonly RelationType[] | null): number | null {
  const distance = new Map([[from, 0]]);
  for (let hops = 0; hops < maxLength && !distance.has(to); hops++) {
    for (const e of edges) {
      if (!passes(e, types)) continue;
      if (distance.get(e.source) === hops && !distance.has(e.target)) distance.set(e.target, hops + 1);
      if (distance.get(e.target) === hops && !distance.has(e.source)) distance.set(e.source, hops + 1);
    }
  }
  return distance.get(to) ?? null;
}

/** The entities of some types (all when none) and the relations of some types among them. */
export function expectedGraph(types?: readonly EntityType[] | null, relationTypes?: readonly RelationType[] | null): { nodes: string[]; relations: string[] } {
  const kept = new Set(nodes.filter((n) => !types || types.length === 0 || types.includes(n.type)).map((n) => n.id));
  return { nodes: sorted(kept), relations: relationsAmong(kept, relationTypes) };
}

/** Counts per type, and the best connected entities (degree, then id). */
export function expectedStats(top: number) {
  const count = <T extends string>(xs: T[]) => [...new Set(xs)].sort().map((type) => ({ type, count: xs.filter((x) => x === type).length }));
  return {
    seedVersion: rawSeed.version,
    entityCount: nodes.length,
    relationCount: edges.length,
    entitiesByType: count(nodes.map((n) => n.type)),
    relationsByType: count(edges.map((e) => e.type)),
    mostConnected: nodes.map((n) => ({ id: n.id, degree: degreeOf(n.id) })).sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1)).slice(0, top),
  };
}

/** The entities with a mention inside a section's stretch of the text (its subsections included). */
export function expectedEntitiesInSection(sectionId: string): string[] {
  const section = rawSeed.sections.find((s) => s.id === sectionId);
  if (!section) return [];
  return sorted(nodes.filter((n) => n.mentions.some((m) => m.start >= section.start && m.end <= section.end)).map((n) => n.id));
}

/** The entity's type in the seed, for checks that a hit or an answer is of the right kind. */
export function typeInSeed(id: string): EntityType | undefined {
  return typeOf.get(id);
}

/** Entities whose Chinese name contains the text: a search for it must find at least these. */
export function entitiesNamed(text: string): string[] {
  return sorted(nodes.filter((n) => n.name.includes(text)).map((n) => n.id));
}

/**
 * The report fields a store adds to an entity, worked out from a seed with plain loops: the
 * reports its mentions' sections belong to (in the seed's report order), and for a TARGET or
 * STRATEGY its own report (the seed's reportId, else its first mention's report).
 */
export function reportFieldsIn(seed: SeedArtefact, id: string): { reportIds: string[]; reportId?: string } {
  const node = seed.graph.nodes.find((n) => n.key === id)!;
  const reportIds: string[] = [];
  for (const report of seed.reports) {
    const own = node.attributes!.mentions.some((m) => seed.sections.some((s) => s.id === m.sectionId && s.reportId === report.id));
    if (own) reportIds.push(report.id);
  }
  const type = node.attributes!.type;
  if (type !== 'TARGET' && type !== 'STRATEGY') return { reportIds };
  const first = node.attributes!.mentions[0];
  return { reportIds, reportId: node.attributes!.reportId ?? seed.sections.find((s) => s.id === first?.sectionId)?.reportId ?? seed.reports[0]!.id };
}
