/**
 * Which entities and relations are drawn: type filters, then (optionally) only what lies within
 * `depth` hops of the focused entity over the relations still shown. Entities that must stay in
 * sight (the selection, a path's stops) are kept whatever the filters say, so a filter never
 * hides what the reader is looking at.
 */
import type { EntityType, GraphIndex, RelationType } from '../graph/types.ts';
import type { FocusDepth, Growth } from '../view-state/types.ts';

export interface VisibilityOptions {
  hiddenTypes: readonly EntityType[];
  hiddenRelations: readonly RelationType[];
  focus: { center: string; depth: FocusDepth } | null;
  /** Grow mode: only the start, the expanded entities and the expanded entities' neighbours (of the types shown). */
  growth?: Growth | null;
  /** Entities hidden one by one, whatever their type (unless kept below). */
  hiddenEntities?: readonly string[];
  /** Entities and relations drawn regardless of the filters. */
  keepEntities?: Iterable<string>;
  keepRelations?: Iterable<string>;
}

export interface Visibility {
  entities: ReadonlySet<string>;
  relations: ReadonlySet<string>;
}

/** Entities within `depth` hops of `center`, walking only relations and entities that `allowed` lets through. */
export function neighbourhood(
  index: GraphIndex,
  center: string,
  depth: number,
  allowed: { entity: (id: string) => boolean; relationType: (type: RelationType) => boolean },
): Set<string> {
  const reached = new Set<string>([center]);
  if (!index.entities.has(center)) return reached;
  let frontier = [center];
  for (let hop = 0; hop < depth && frontier.length > 0; hop += 1) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const { other, type } of index.adjacency.get(id) ?? []) {
        if (reached.has(other) || !allowed.relationType(type) || !allowed.entity(other)) continue;
        reached.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  return reached;
}

/**
 * What grow mode draws: the start and every expanded entity (kept even when their type is
 * hidden: the reader chose them), and the neighbours of each expanded entity that `allowed`
 * lets through. Ids no longer in the graph are skipped.
 */
export function grown(index: GraphIndex, growth: Growth, allowed: { entity: (id: string) => boolean; relationType: (type: RelationType) => boolean }): Set<string> {
  const entities = new Set<string>();
  if (index.entities.has(growth.start)) entities.add(growth.start);
  for (const id of growth.expanded) {
    if (!index.entities.has(id)) continue;
    entities.add(id);
    for (const { other, type } of index.adjacency.get(id) ?? []) if (allowed.relationType(type) && allowed.entity(other)) entities.add(other);
  }
  return entities;
}

export function computeVisibility(index: GraphIndex, options: VisibilityOptions): Visibility {
  const hiddenTypes = new Set(options.hiddenTypes);
  const hiddenRelations = new Set(options.hiddenRelations);
  const typeShown = (id: string) => {
    const entity = index.entities.get(id);
    return entity !== undefined && !hiddenTypes.has(entity.type);
  };
  const relationShown = (type: RelationType) => !hiddenRelations.has(type);

  const hidden = new Set(options.hiddenEntities ?? []);
  const allowed = { entity: (id: string) => typeShown(id) && !hidden.has(id), relationType: relationShown };
  let entities: Set<string>;
  if (options.focus && index.entities.has(options.focus.center)) {
    entities = neighbourhood(index, options.focus.center, options.focus.depth, allowed);
  } else if (options.growth) {
    entities = grown(index, options.growth, allowed);
  } else {
    entities = new Set();
    for (const id of index.entities.keys()) if (allowed.entity(id)) entities.add(id);
  }
  for (const id of options.keepEntities ?? []) if (index.entities.has(id)) entities.add(id);

  const relations = new Set<string>();
  for (const relation of index.relations.values()) {
    if (relationShown(relation.type) && entities.has(relation.source) && entities.has(relation.target)) relations.add(relation.id);
  }
  for (const id of options.keepRelations ?? []) {
    const relation = index.relations.get(id);
    if (relation && entities.has(relation.source) && entities.has(relation.target)) relations.add(id);
  }
  return { entities, relations };
}

/** Counts of drawn entities per type, for the legend. */
export function countByType(index: GraphIndex, entities: ReadonlySet<string>): Map<EntityType, number> {
  const counts = new Map<EntityType, number>();
  for (const id of entities) {
    const type = index.entities.get(id)?.type;
    if (type) counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return counts;
}
