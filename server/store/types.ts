/**
 * The GraphStore interface: every question the API asks of the graph, shaped so that each API
 * call is one store call (one round trip for a database) and lists of ids are answered in one
 * batch. Two implementations answer it: the in-process graphology store and Neo4j.
 */
import type { Entity, EntityType, Mention, RelationType, Section } from '../../graph-seed/types.ts';

export type { EntityType, RelationType, Mention, Section };

export const DIRECTIONS = ['OUT', 'IN', 'BOTH'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** An entity as the API sees it: the seed's fields plus its degree in the whole graph. */
export interface EntityRecord extends Entity {
  degree: number;
}

export interface RelationRecord {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  evidence: Mention[];
}

export interface SubgraphRecord {
  nodes: EntityRecord[];
  relations: RelationRecord[];
  truncated: boolean;
}

export interface PathRecord {
  nodes: EntityRecord[];
  relations: RelationRecord[];
}

export interface SearchHitRecord {
  entity: EntityRecord;
  score: number;
}

export interface EntityPage {
  items: EntityRecord[];
  totalCount: number;
  hasNextPage: boolean;
}

export interface StatsRecord {
  seedVersion: string;
  entityCount: number;
  relationCount: number;
  entitiesByType: { type: EntityType; count: number }[];
  relationsByType: { type: RelationType; count: number }[];
  mostConnected: EntityRecord[];
}

/** The quote a mention points to and the sentence around it. */
export interface Passage {
  quote: string;
  context: string;
  /** Where the quote starts inside `context`. */
  quoteOffset: number;
}

export interface RelationFilter {
  types?: readonly RelationType[] | null;
  direction: Direction;
}

export interface NeighborhoodQuery {
  id: string;
  depth: number;
  relationTypes?: readonly RelationType[] | null;
  direction: Direction;
  limit: number;
}

export interface PathQuery {
  from: string;
  to: string;
  maxLength: number;
  relationTypes?: readonly RelationType[] | null;
}

export interface StoreHealth {
  ready: boolean;
  store: 'memory' | 'neo4j';
  /** The version of the seed served (graph-seed's hash); for Neo4j, as the database says. */
  seedVersion: string | null;
  /** Neo4j: the id of the graph version served (one per load; see neo4j-schema.ts). */
  graphVersion?: string;
  /** Neo4j: when the database was switched to that version, ISO 8601. */
  switchedAt?: string;
  /** Why the store is not ready, when it is not. */
  reason?: string;
}

export interface GraphStore {
  readonly kind: 'memory' | 'neo4j';
  /** The version of the seed this store serves: answers cached under it stay true while it holds. */
  readonly seedVersion: string;
  /**
   * The store fixed to what it serves now, for one request: all the view's answers come from
   * one version of the graph even if the store switches meanwhile. Absent: the store never
   * switches (the memory store), and is its own view.
   */
  view?(): GraphStore;
  health(): Promise<StoreHealth>;
  /** Entities in the order of `ids`, null where an id is unknown. */
  entitiesByIds(ids: readonly string[]): Promise<(EntityRecord | null)[]>;
  /** Entities ordered by id, after the entity `after` (exclusive). */
  listEntities(query: { types?: readonly EntityType[] | null; first: number; after?: string | null }): Promise<EntityPage>;
  search(query: { text: string; types?: readonly EntityType[] | null; first: number }): Promise<SearchHitRecord[]>;
  /** The relations of each entity in `ids`, in the same order. */
  relationsOf(ids: readonly string[], filter: RelationFilter): Promise<RelationRecord[][]>;
  /** The neighbourhood of an entity; null when the entity is unknown. */
  neighborhood(query: NeighborhoodQuery): Promise<SubgraphRecord | null>;
  /** Shortest path, ignoring direction; undefined when an end is unknown, null when there is none. */
  shortestPath(query: PathQuery): Promise<PathRecord | null | undefined>;
  graph(query: { types?: readonly EntityType[] | null; relationTypes?: readonly RelationType[] | null }): Promise<SubgraphRecord>;
  stats(query: { top: number }): Promise<StatsRecord>;
  sectionsByIds(ids: readonly string[]): Promise<(Section | null)[]>;
  sections(): Promise<Section[]>;
  /** Entities with a mention inside each section, in the order of `ids`. */
  entitiesInSections(ids: readonly string[]): Promise<EntityRecord[][]>;
  passages(mentions: readonly Mention[]): Promise<Passage[]>;
  close(): Promise<void>;
}
