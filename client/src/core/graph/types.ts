/**
 * The graph as the explorer holds it: the entity and relation vocabularies (as const tuples, so
 * unions follow from them), the attributes sigma draws from, and a plain index used by the pure
 * filter and highlight logic, which needs no graphology instance to be tested.
 */
import type { EntityType, GraphQuery, RelationType } from '../../graphql/generated/graphql.ts';

export type { EntityType, RelationType };

export const ENTITY_TYPES = ['STRATEGY', 'PROGRAM', 'TARGET', 'TOWN', 'PARK', 'ORGANIZATION', 'GLOSSARY_TERM', 'INDICATOR'] as const satisfies readonly EntityType[];
export const RELATION_TYPES = [
  'PART_OF_STRATEGY', 'HAS_TARGET', 'LOCATED_IN', 'PART_OF', 'DEFINED_BY', 'MENTIONS', 'AWARDED', 'MEASURES', 'RESULT_OF',
] as const satisfies readonly RelationType[];
/** Compile-time check that the lists above name every type the API has: a new type must be listed. */
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : never;
export const LISTS_COMPLETE: [Missing<EntityType, (typeof ENTITY_TYPES)[number]>, Missing<RelationType, (typeof RELATION_TYPES)[number]>] = [true, true];

/** The graph as the Graph query returns it (the root field is nullable; a load that got null has failed). */
export type GraphData = NonNullable<GraphQuery['graph']>;
export type GraphEntity = GraphData['nodes'][number];

/** Node attributes in the graphology graph that sigma renders. */
export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  entityType: EntityType;
}

export interface EdgeAttributes {
  size: number;
  color: string;
  relationType: RelationType;
}

export interface IndexedRelation {
  id: string;
  type: RelationType;
  source: string;
  target: string;
}

export interface Adjacent {
  relation: string;
  type: RelationType;
  other: string;
}

/** Everything the pure logic needs to know about the graph's structure, keyed by stable ids. */
export interface GraphIndex {
  entities: ReadonlyMap<string, GraphEntity>;
  relations: ReadonlyMap<string, IndexedRelation>;
  /** Relations touching each entity, in both directions. */
  adjacency: ReadonlyMap<string, readonly Adjacent[]>;
  /** Neighbour ids of each entity (any relation type), for O(1) hover tests. */
  neighbours: ReadonlyMap<string, ReadonlySet<string>>;
}
