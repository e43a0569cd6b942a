/**
 * The GraphStore interface: every question the API asks of the graph, shaped so that each API
 * call is one store call (one round trip for a database) and lists of ids are answered in one
 * batch. Two implementations answer it: the in-process graphology store and Neo4j.
 */
import type { Entity, EntityType, Mention, RelationType, SeedReport, Section, TargetKind } from '../../graph-seed/types.ts';

export type { EntityType, RelationType, Mention, Section, TargetKind };

export const DIRECTIONS = ['OUT', 'IN', 'BOTH'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/**
 * An entity as the API sees it: the seed's fields plus its degree in the whole graph and the
 * reports that mention it (precomputed by the store; ids in the seed's report order). TARGET and
 * STRATEGY always carry `reportId` (the seed's, or else the report of their first mention).
 */
export interface EntityRecord extends Entity {
  degree: number;
  reportIds: string[];
}

/**
 * A report as the API sees it: the seed's metadata without its text, and counts over the graph:
 * `entityCount` the entities with a mention in it, `targetCount` its TARGET entities.
 */
export interface ReportRecord extends Omit<SeedReport, 'text' | 'file' | 'sha256'> {
  entityCount: number;
  targetCount: number;
}

/** A targetSeries question; `indicator` and `jurisdiction` are matched by the store (see GraphStore.targetSeries). */
export interface TargetSeriesQuery {
  indicator: string;
  jurisdiction?: string | null;
  kind?: TargetKind | null;
}

/** One indicator a targetSeries may name: its id and names, for the message an unknown one gets. */
export interface IndicatorChoice {
  id: string;
  name: string;
  nameEn: string | null;
}

/**
 * The answer to a targetSeries question: the targets in order; or, when the indicator or the
 * jurisdiction names nothing, what could have been asked (all known indicators, all
 * jurisdictions of the reports), so the API can say what is allowed; or, when a jurisdiction's
 * other name (jurisdictionOtherKeys: 朝阳) fits two jurisdictions, their full names.
 */
export type TargetSeriesResult =
  | { kind: 'ok'; targets: EntityRecord[] }
  | { kind: 'unknownIndicator'; indicators: IndicatorChoice[] }
  | { kind: 'unknownJurisdiction'; jurisdictions: string[] }
  | { kind: 'ambiguousJurisdiction'; jurisdictions: string[] };

/** The level order of jurisdictions in a series: NATIONAL first (graph-seed's list). */
export { JURISDICTION_LEVELS, SOURCE_KINDS } from '../../graph-seed/pipeline/types.ts';

/**
 * The reports filter of the contract: an entity is kept when one of its mentions is in a chosen
 * report; a relation when both its ends are kept and one of its evidence passages is in a chosen
 * report. null or absent: everything is kept.
 */
export type ReportFilter = readonly string[] | null | undefined;

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
  /** Follow only relations kept by this filter (see ReportFilter); the centre is always included. */
  reports?: ReportFilter;
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
  /**
   * Memory: whether the search index is built. The store answers every query from the start;
   * while the index is BUILDING (in the background, seconds on a large seed) a search waits for it.
   */
  searchIndex?: 'BUILDING' | 'READY';
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
  listEntities(query: { types?: readonly EntityType[] | null; first: number; after?: string | null; reports?: ReportFilter }): Promise<EntityPage>;
  search(query: { text: string; types?: readonly EntityType[] | null; first: number; reports?: ReportFilter }): Promise<SearchHitRecord[]>;
  /** The relations of each entity in `ids`, in the same order. */
  relationsOf(ids: readonly string[], filter: RelationFilter): Promise<RelationRecord[][]>;
  /** The neighbourhood of an entity; null when the entity is unknown. */
  neighborhood(query: NeighborhoodQuery): Promise<SubgraphRecord | null>;
  /** Shortest path, ignoring direction; undefined when an end is unknown, null when there is none. */
  shortestPath(query: PathQuery): Promise<PathRecord | null | undefined>;
  graph(query: { types?: readonly EntityType[] | null; relationTypes?: readonly RelationType[] | null; reports?: ReportFilter }): Promise<SubgraphRecord>;
  /** Every report of the graph, in seed order (the default report first), with its counts. */
  reports(): Promise<ReportRecord[]>;
  /**
   * The ids of the reports served, in seed order, without a query (the memory store holds the
   * seed; Neo4j read them with the version pointer): what a `reports` filter is checked against.
   */
  reportIds(): readonly string[];
  /**
   * The targets that MEASURE one indicator, in one call: `indicator` is an INDICATOR's id, name,
   * alias or English name (case-insensitive); `jurisdiction` (optional) a jurisdiction's name or
   * code as the reports give it; `kind` GOAL or RESULT (both when absent). Ordered by period,
   * then jurisdiction level (JURISDICTION_LEVELS), then report id, then target id.
   */
  targetSeries(query: TargetSeriesQuery): Promise<TargetSeriesResult>;
  stats(query: { top: number }): Promise<StatsRecord>;
  sectionsByIds(ids: readonly string[]): Promise<(Section | null)[]>;
  sections(): Promise<Section[]>;
  /** Entities with a mention inside each section, in the order of `ids`. */
  entitiesInSections(ids: readonly string[]): Promise<EntityRecord[][]>;
  passages(mentions: readonly Mention[]): Promise<Passage[]>;
  close(): Promise<void>;
}
