/**
 * The shapes of the seed: what graph-seed builds and what the stores load.
 * Offsets are UTF-16 code-unit offsets into the normalised text (JavaScript string indexes).
 */
import type { SerializedGraph } from 'graphology-types';

export const ENTITY_TYPES = ['TOWN', 'PARK', 'PROGRAM', 'ORGANIZATION', 'GLOSSARY_TERM', 'TARGET', 'STRATEGY'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * Relation types, direction source → target. AWARDED: the winner (a place, park or organisation)
 * → the title it won (a PROGRAM of category TITLE), as the report states it (获评, 荣获, 成功创建 …).
 */
export const RELATION_TYPES = ['LOCATED_IN', 'PART_OF', 'PART_OF_STRATEGY', 'DEFINED_BY', 'HAS_TARGET', 'MENTIONS', 'AWARDED'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Readable id prefix of each entity type. */
export const ID_PREFIX: Record<EntityType, string> = {
  TOWN: 'town',
  PARK: 'park',
  PROGRAM: 'program',
  ORGANIZATION: 'org',
  GLOSSARY_TERM: 'glossary',
  TARGET: 'target',
  STRATEGY: 'strategy',
};

export const TOWN_LEVELS = [
  'CITY', 'TOWN', 'SUBDISTRICT', 'VILLAGE', 'COMMUNITY', 'PREFECTURE', 'PROVINCE', 'REGION', 'COUNTRY', 'FOREIGN',
] as const;
export type TownLevel = (typeof TOWN_LEVELS)[number];

export const PARK_CATEGORIES = [
  'INDUSTRIAL_PARK', 'PARK_ZONE', 'AGRICULTURAL_PARK', 'NATURE_RESERVE', 'FOREST_PARK', 'WETLAND_PARK',
  'CITY_PARK', 'CULTURAL_PARK', 'BASE', 'FOREST_FARM', 'TOWN_BRAND',
] as const;
export const PROGRAM_CATEGORIES = [
  'PROJECT', 'CAMPAIGN', 'REFORM', 'MECHANISM', 'POLICY', 'PLAN', 'EVENT', 'INFRASTRUCTURE', 'TITLE',
  /** A principle, slogan, standard or requirement the report names (“两山”理念, “五个过硬”). */
  'CONCEPT',
  /** A named brand or image: of a business environment, or a street-scape made by a renovation. */
  'BRAND',
] as const;
export const ORGANIZATION_CATEGORIES = ['COMPANY', 'AGENCY', 'INSTITUTION', 'SCHOOL', 'HOSPITAL', 'FACILITY'] as const;

/**
 * How the report bounds a quantity: EQUAL (达, 为, a bare number), AT_LEAST (以上, 不少于, 不低于),
 * MORE_THAN (突破, 超, 超过, and 多 after a number: 1200多人 is more than 1200), AT_MOST (以内, 控制在,
 * 不超过, 最多), APPROXIMATELY (约, 近, 左右).
 */
export const COMPARATORS = ['EQUAL', 'AT_LEAST', 'AT_MOST', 'MORE_THAN', 'APPROXIMATELY'] as const;
export type Comparator = (typeof COMPARATORS)[number];

export const TARGET_KINDS = ['GOAL', 'RESULT'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** A span of the normalised text, inside the innermost section that holds it. */
export interface Mention {
  sectionId: string;
  start: number;
  end: number;
}

export interface Section {
  id: string;
  title: string;
  /** Titles from the outermost section down to this one. */
  path: string[];
  parentId: string | null;
  start: number;
  end: number;
  /** The strategy this section heads, when it is one of the report's pillars or areas. */
  strategyId: string | null;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  nameEn: string | null;
  pinyin: string;
  aliases: string[];
  description: string | null;
  descriptionEn: string | null;
  mentions: Mention[];
  /** TOWN */
  level?: TownLevel;
  /** PARK, PROGRAM, ORGANIZATION */
  category?: string;
  /** GLOSSARY_TERM */
  number?: number;
  definition?: string;
  definitionEn?: string | null;
  /** TARGET */
  indicator?: string;
  value?: number;
  unit?: string;
  comparator?: Comparator;
  period?: string;
  kind?: TargetKind;
  /** Where the explorer draws the entity: the layout computed when the seed is built. */
  x?: number;
  y?: number;
}

export interface Relation {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  evidence: Mention[];
}

/** A `[n]` marker in the body that no glossary entry answers, or an entry no marker points to. */
export interface UnresolvedMarker {
  number: number;
  start: number;
  problem: string;
}

export type EntityAttributes = Omit<Entity, 'id'>;
export type RelationAttributes = Omit<Relation, 'id' | 'source' | 'target'>;

/** What the server loads: the graph in graphology's serialisation format, the text and its sections. */
export interface SeedArtefact {
  /** A hash of everything below: the stores stamp what they serve with it. */
  version: string;
  source: { title: string; file: string; sha256: string };
  text: string;
  sections: Section[];
  graph: SerializedGraph<EntityAttributes, RelationAttributes>;
  /** Entities outside the graph's largest connected part. */
  isolated: string[];
  /** Why each isolated entity stands alone, from the curation (`isolated.yaml`), keyed by id. */
  isolatedReasons: Record<string, string>;
  unresolvedMarkers: UnresolvedMarker[];
}
