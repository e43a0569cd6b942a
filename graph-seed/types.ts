/**
 * The shapes of the seed: what graph-seed builds and what the stores load.
 * Offsets are UTF-16 code-unit offsets into the normalised text (JavaScript string indexes).
 */
import type { SerializedGraph } from 'graphology-types';
import type { ReportMeta, SourceKind } from './pipeline/types.ts';

/**
 * Entity types. INDICATOR: a measure work reports use (国内生产总值增长, 城镇新增就业 …), from the
 * catalogue `pipeline/indicators.yaml`; one entity for all levels (国内生产总值 and 地区生产总值).
 */
export const ENTITY_TYPES = ['TOWN', 'PARK', 'PROGRAM', 'ORGANIZATION', 'GLOSSARY_TERM', 'TARGET', 'STRATEGY', 'INDICATOR'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * Relation types, direction source → target. AWARDED: the winner (a place, park or organisation)
 * → the title it won (a PROGRAM of category TITLE), as the report states it (获评, 荣获, 成功创建 …).
 * MEASURES: a target → the INDICATOR its words name (only on a catalogue match, never guessed).
 * RESULT_OF: a RESULT for year N (reported in year N+1's report) → the GOAL for year N of the same
 * jurisdiction and indicator (from year N's report); its evidence is the two targets' passages.
 */
export const RELATION_TYPES = [
  'LOCATED_IN', 'PART_OF', 'PART_OF_STRATEGY', 'DEFINED_BY', 'HAS_TARGET', 'MENTIONS', 'AWARDED', 'MEASURES', 'RESULT_OF',
] as const;
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
  INDICATOR: 'indicator',
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
 * 不超过, 最多), APPROXIMATELY (约, 近, 左右), BETWEEN (a range, 6%－6.5%: `value` to `valueMax`).
 */
export const COMPARATORS = ['EQUAL', 'AT_LEAST', 'AT_MOST', 'MORE_THAN', 'APPROXIMATELY', 'BETWEEN'] as const;
export type Comparator = (typeof COMPARATORS)[number];

export const TARGET_KINDS = ['GOAL', 'RESULT'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/**
 * A span of one report's normalised text, inside the innermost section that holds it. The report
 * is the section's (`Section.reportId`); start and end are offsets into that report's `text`.
 */
export interface Mention {
  sectionId: string;
  start: number;
  end: number;
}

/**
 * A section of one report. Ids are unique across the seed: the default report's keep their readable
 * form (section:work-1-2); every other report's are `section:<report slug>:<n>` (section:cn-2021:12).
 */
export interface Section {
  id: string;
  /** The report the section belongs to (report:lechang-2021); its offsets refer to that report's text. */
  reportId: string;
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
  /** TARGET and STRATEGY: the one report that states it (report:cn-2021). Other types span reports. */
  reportId?: string;
  /** TARGET */
  indicator?: string;
  value?: number;
  /** TARGET with comparator BETWEEN: the upper end of the range. */
  valueMax?: number;
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

/** The id of the report the explorer opens on, and the one `npm run seed` builds alone. */
export const DEFAULT_REPORT_ID = 'report:lechang-2021';

/** One report in the seed: what identifies it, where it came from, and the text its offsets refer to. */
export interface SeedReport extends ReportMeta {
  sourceKind: SourceKind;
  /** The file read, relative to the project root when inside it. */
  file: string;
  /** SHA-256 (hex) of the file's raw bytes as read. */
  sha256: string;
  /** The normalised text: every offset of this report's sections and mentions refers to it. */
  text: string;
}

/** What the server loads: the reports with their texts and sections, and the graph in graphology's serialisation format. */
export interface SeedArtefact {
  /** A hash of everything below: the stores stamp what they serve with it. */
  version: string;
  /** The default report (Lechang) first, then the others by jurisdiction and year. */
  reports: SeedReport[];
  sections: Section[];
  graph: SerializedGraph<EntityAttributes, RelationAttributes>;
  /** Entities outside the graph's largest connected part. */
  isolated: string[];
  /** Why each isolated entity stands alone, from the curation (`isolated.yaml`), keyed by id. */
  isolatedReasons: Record<string, string>;
  /** Glossary markers of the default report that do not resolve. */
  unresolvedMarkers: UnresolvedMarker[];
}
