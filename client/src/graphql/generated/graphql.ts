/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How the report bounds a quantity: EQUAL (达, 为), AT_LEAST (以上, 不少于), MORE_THAN (突破, 超, 多), AT_MOST (以内, 控制在), APPROXIMATELY (约, 左右), BETWEEN (a range). */
export type Comparator =
  /** About the value: 约, 近, 左右. */
  | 'APPROXIMATELY'
  /** The value or more: 以上, 不少于. */
  | 'AT_LEAST'
  /** The value or less: 以内, 控制在, 不超过. */
  | 'AT_MOST'
  /** A range: from `value` to `valueMax` (6%－6.5%). */
  | 'BETWEEN'
  /** Exactly the value: 达, 为, or a bare number. */
  | 'EQUAL'
  /** Beyond the value: 突破, 超, and 多 after a number (1200多人). */
  | 'MORE_THAN';

/** The kinds of entity in the graph. */
export type EntityType =
  /** One of the report's 31 glossary notes, 名词解释 (GlossaryTerm). */
  | 'GLOSSARY_TERM'
  /** A measure work reports quantify (国内生产总值增长, 城镇新增就业 …), one for every level (Indicator). */
  | 'INDICATOR'
  /** A named company, agency, institution, school, hospital or facility (Organization). */
  | 'ORGANIZATION'
  /** An industrial or agricultural park or zone, a nature reserve, a forest, wetland or city park, a base or forest farm (Park). */
  | 'PARK'
  /** A named initiative: project, campaign, reform, mechanism, plan, event or title (Program). */
  | 'PROGRAM'
  /** One of the report's parts, areas of work or lead sentences (Strategy). */
  | 'STRATEGY'
  /** A quantified goal or reported result (Target). */
  | 'TARGET'
  /** A place: the city, its towns and subdistricts, villages, communities, and outside places the report ties Lechang to (GraphQL type Town). */
  | 'TOWN';

/** The level of the government that delivers a report. */
export type JurisdictionLevel =
  /** A county, county-level city (乐昌市) or district. */
  | 'COUNTY'
  /** The State Council: the national report (国务院政府工作报告). */
  | 'NATIONAL'
  /** A prefecture-level city or other prefecture-level division. */
  | 'PREFECTURE'
  /** A province, autonomous region or municipality directly under the central government. */
  | 'PROVINCE';

/** The kinds of relation; each goes from its source to its target. */
export type RelationType =
  /** The source (a place, park or organisation) won the target title, as the report states it (获评, 荣获, 成功创建 …). */
  | 'AWARDED'
  /** The source is explained by the target glossary term (its name carries the [n] marker). */
  | 'DEFINED_BY'
  /** The source (a strategy, program, place or park) has the target quantified goal or result. */
  | 'HAS_TARGET'
  /** The source (a park, program, organisation or smaller place) lies in the target place. */
  | 'LOCATED_IN'
  /** The source target measures the target indicator (only when its words match a known indicator, never guessed). */
  | 'MEASURES'
  /** The source glossary definition names the target entity. */
  | 'MENTIONS'
  /** The source is part of the target: a zone of a park, a village of a town, a sub-strategy of a strategy. */
  | 'PART_OF'
  /** The source (a program, park or target) belongs to the target strategy. */
  | 'PART_OF_STRATEGY'
  /** The source RESULT for year N (from a later report) reports on the target GOAL for year N of the same jurisdiction and indicator; its evidence is both passages. */
  | 'RESULT_OF';

/** GOAL for what the plans set out, RESULT for what the review reports. */
export type TargetKind =
  /** What the plans set out to reach. */
  | 'GOAL'
  /** What the review reports was reached. */
  | 'RESULT';

export type EntitySectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type EntitySectionsQuery = { graph: { nodes: Array<
      | { id: string, mentions: Array<{ section: { id: string } }> }
      | { id: string, mentions: Array<{ section: { id: string } }> }
      | { id: string, mentions: Array<{ section: { id: string } }> }
      | { id: string, mentions: Array<{ section: { id: string } }> }
      | { id: string, mentions: Array<{ section: { id: string } }> }
      | { id: string, mentions: Array<{ section: { id: string } }> }
      | { id: string, mentions: Array<{ section: { id: string } }> }
      | { id: string, mentions: Array<{ section: { id: string } }> }
    > } | null };

export type EntityFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type EntityFieldsQuery = { graph: { nodes: Array<
      | { __typename: 'GlossaryTerm', number: number, id: string }
      | { __typename: 'Indicator', id: string }
      | { __typename: 'Organization', category: string | null, id: string }
      | { __typename: 'Park', category: string | null, id: string }
      | { __typename: 'Program', category: string | null, id: string }
      | { __typename: 'Strategy', id: string }
      | { __typename: 'Target', indicator: string, value: number, unit: string, comparator: Comparator, period: string, kind: TargetKind, id: string }
      | { __typename: 'Town', level: string | null, id: string }
    > } | null };

export type EntityDetailQueryVariables = Exact<{
  id: string;
}>;


export type EntityDetailQuery = { entity:
    | { __typename: 'GlossaryTerm', number: number, definition: string, definitionEn: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, degree: number, id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null, mentions: Array<{ start: number, end: number, quote: string, context: string, contextStart: number, section: { id: string, title: string, path: Array<string> }, report: { id: string, title: string, year: number } }>, relations: Array<{ id: string, type: RelationType, source:
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
        , target:
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
        , evidence: Array<{ start: number, end: number, quote: string, context: string, contextStart: number, section: { id: string, title: string, path: Array<string> }, report: { id: string, title: string, year: number } }> }> }
    | { __typename: 'Indicator', aliases: Array<string>, description: string | null, descriptionEn: string | null, degree: number, id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null, mentions: Array<{ start: number, end: number, quote: string, context: string, contextStart: number, section: { id: string, title: string, path: Array<string> }, report: { id: string, title: string, year: number } }>, relations: Array<{ id: string, type: RelationType, source:
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
        , target:
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
        , evidence: Array<{ start: number, end: number, quote: string, context: string, contextStart: number, section: { id: string, title: string, path: Array<string> }, report: { id: string, title: string, year: number } }> }> }
    | { __typename: 'Organization', category: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, degree: number, id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null, mentions: Array<{ start: number, end: number, quote: string, context: string, contextStart: number, section: { id: string, title: string, path: Array<string> }, report: { id: string, title: string, year: number } }>, relations: Array<{ id: string, type: RelationType, source:
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
        , target:
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
        , evidence: Array<{ start: number, end: number, quote: string, context: string, contextStart: number, section: { id: string, title: string, path: Array<string> }, report: { id: string, title: string, year: number } }> }> }
    | { __typename: 'Park', category: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, degree: number, id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null, mentions: Array<{ start: number, end: number, quote: string, context: string, contextStart: number, section: { id: string, title: string, path: Array<string> }, report: { id: string, title: string, year: number } }>, relations: Array<{ id: string, type: RelationType, source:
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
        , target:
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
        , evidence: Array<{ start: number, end: number, quote: string, context: string, contextStart: number, section: { id: string, title: string, path: Array<string> }, report: { id: string, title: string, year: number } }> }> }
    | { __typename: 'Program', category: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, degree: number, id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null, mentions: Array<{ start: number, end: number, quote: string, context: string, contextStart: number, section: { id: string, title: string, path: Array<string> }, report: { id: string, title: string, year: number } }>, relations: Array<{ id: string, type: RelationType, source:
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
        , target:
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
        , evidence: Array<{ start: number, end: number, quote: string, context: string, contextStart: number, section: { id: string, title: string, path: Array<string> }, report: { id: string, title: string, year: number } }> }> }
    | { __typename: 'Strategy', aliases: Array<string>, description: string | null, descriptionEn: string | null, degree: number, id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null, mentions: Array<{ start: number, end: number, quote: string, context: string, contextStart: number, section: { id: string, title: string, path: Array<string> }, report: { id: string, title: string, year: number } }>, relations: Array<{ id: string, type: RelationType, source:
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
        , target:
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
        , evidence: Array<{ start: number, end: number, quote: string, context: string, contextStart: number, section: { id: string, title: string, path: Array<string> }, report: { id: string, title: string, year: number } }> }> }
    | { __typename: 'Target', indicator: string, value: number, unit: string, comparator: Comparator, period: string, kind: TargetKind, aliases: Array<string>, description: string | null, descriptionEn: string | null, degree: number, id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null, mentions: Array<{ start: number, end: number, quote: string, context: string, contextStart: number, section: { id: string, title: string, path: Array<string> }, report: { id: string, title: string, year: number } }>, relations: Array<{ id: string, type: RelationType, source:
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
        , target:
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
        , evidence: Array<{ start: number, end: number, quote: string, context: string, contextStart: number, section: { id: string, title: string, path: Array<string> }, report: { id: string, title: string, year: number } }> }> }
    | { __typename: 'Town', level: string | null, aliases: Array<string>, description: string | null, descriptionEn: string | null, degree: number, id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null, mentions: Array<{ start: number, end: number, quote: string, context: string, contextStart: number, section: { id: string, title: string, path: Array<string> }, report: { id: string, title: string, year: number } }>, relations: Array<{ id: string, type: RelationType, source:
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
        , target:
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
          | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
        , evidence: Array<{ start: number, end: number, quote: string, context: string, contextStart: number, section: { id: string, title: string, path: Array<string> }, report: { id: string, title: string, year: number } }> }> }
   | null };

export type GraphQueryVariables = Exact<{
  reports?: Array<string> | string | null | undefined;
}>;


export type GraphQuery = { graph: { nodes: Array<
      | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null, degree: number, reports: Array<{ id: string }>, position: { x: number, y: number } | null }
      | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null, degree: number, reports: Array<{ id: string }>, position: { x: number, y: number } | null }
      | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null, degree: number, reports: Array<{ id: string }>, position: { x: number, y: number } | null }
      | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null, degree: number, reports: Array<{ id: string }>, position: { x: number, y: number } | null }
      | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null, degree: number, reports: Array<{ id: string }>, position: { x: number, y: number } | null }
      | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null, degree: number, reports: Array<{ id: string }>, position: { x: number, y: number } | null }
      | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null, degree: number, reports: Array<{ id: string }>, position: { x: number, y: number } | null }
      | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null, degree: number, reports: Array<{ id: string }>, position: { x: number, y: number } | null }
    >, relations: Array<{ id: string, type: RelationType, sourceId: string, targetId: string }> } | null };

export type PassageFragment = { start: number, end: number, quote: string, context: string, contextStart: number, section: { id: string, title: string, path: Array<string> }, report: { id: string, title: string, year: number } };

export type ReportSummaryFragment = { id: string, title: string, year: number, jurisdiction: { name: string, level: JurisdictionLevel, code: string | null } };

type EntitySummary_GlossaryTerm_Fragment = { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null };

type EntitySummary_Indicator_Fragment = { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null };

type EntitySummary_Organization_Fragment = { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null };

type EntitySummary_Park_Fragment = { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null };

type EntitySummary_Program_Fragment = { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null };

type EntitySummary_Strategy_Fragment = { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null };

type EntitySummary_Target_Fragment = { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null };

type EntitySummary_Town_Fragment = { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null };

export type EntitySummaryFragment =
  | EntitySummary_GlossaryTerm_Fragment
  | EntitySummary_Indicator_Fragment
  | EntitySummary_Organization_Fragment
  | EntitySummary_Park_Fragment
  | EntitySummary_Program_Fragment
  | EntitySummary_Strategy_Fragment
  | EntitySummary_Target_Fragment
  | EntitySummary_Town_Fragment
;

export type EntityPassagesQueryVariables = Exact<{
  id: string;
}>;


export type EntityPassagesQuery = { entity:
    | { id: string, name: string, nameEn: string | null, mentions: Array<{ start: number, end: number, quote: string, context: string, contextStart: number, section: { id: string, title: string, path: Array<string> }, report: { id: string, title: string, year: number } }> }
    | { id: string, name: string, nameEn: string | null, mentions: Array<{ start: number, end: number, quote: string, context: string, contextStart: number, section: { id: string, title: string, path: Array<string> }, report: { id: string, title: string, year: number } }> }
    | { id: string, name: string, nameEn: string | null, mentions: Array<{ start: number, end: number, quote: string, context: string, contextStart: number, section: { id: string, title: string, path: Array<string> }, report: { id: string, title: string, year: number } }> }
    | { id: string, name: string, nameEn: string | null, mentions: Array<{ start: number, end: number, quote: string, context: string, contextStart: number, section: { id: string, title: string, path: Array<string> }, report: { id: string, title: string, year: number } }> }
    | { id: string, name: string, nameEn: string | null, mentions: Array<{ start: number, end: number, quote: string, context: string, contextStart: number, section: { id: string, title: string, path: Array<string> }, report: { id: string, title: string, year: number } }> }
    | { id: string, name: string, nameEn: string | null, mentions: Array<{ start: number, end: number, quote: string, context: string, contextStart: number, section: { id: string, title: string, path: Array<string> }, report: { id: string, title: string, year: number } }> }
    | { id: string, name: string, nameEn: string | null, mentions: Array<{ start: number, end: number, quote: string, context: string, contextStart: number, section: { id: string, title: string, path: Array<string> }, report: { id: string, title: string, year: number } }> }
    | { id: string, name: string, nameEn: string | null, mentions: Array<{ start: number, end: number, quote: string, context: string, contextStart: number, section: { id: string, title: string, path: Array<string> }, report: { id: string, title: string, year: number } }> }
   | null };

export type ShortestPathQueryVariables = Exact<{
  from: string;
  to: string;
  maxLength?: number | null | undefined;
  relationTypes?: Array<RelationType> | RelationType | null | undefined;
}>;


export type ShortestPathQuery = { shortestPath: { length: number, nodes: Array<
      | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
      | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
      | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
      | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
      | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
      | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
      | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
      | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
    >, relations: Array<{ id: string, type: RelationType, source:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , target:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , evidence: Array<{ start: number, end: number, quote: string, context: string, contextStart: number, section: { id: string, title: string, path: Array<string> }, report: { id: string, title: string, year: number } }> }> } | null };

export type ReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsQuery = { reports: Array<{ id: string, title: string, year: number, jurisdiction: { name: string, level: JurisdictionLevel, code: string | null } }> | null };

export type SearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
  reports?: Array<string> | string | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, entity:
      | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
      | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
      | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
      | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
      | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
      | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
      | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
      | { id: string, type: EntityType, name: string, nameEn: string | null, pinyin: string | null }
     }> | null };

export type SectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SectionsQuery = { sections: Array<{ id: string, title: string, path: Array<string>, parent: { id: string } | null }> | null };

export type SectionEntitiesQueryVariables = Exact<{
  id: string;
}>;


export type SectionEntitiesQuery = { section: { id: string, title: string, path: Array<string>, entities: Array<
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    > } | null };

export type IndicatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type IndicatorsQuery = { entities: { edges: Array<{ node:
        | { id: string, name: string, nameEn: string | null, pinyin: string | null, aliases: Array<string> }
        | { id: string, name: string, nameEn: string | null, pinyin: string | null, aliases: Array<string> }
        | { id: string, name: string, nameEn: string | null, pinyin: string | null, aliases: Array<string> }
        | { id: string, name: string, nameEn: string | null, pinyin: string | null, aliases: Array<string> }
        | { id: string, name: string, nameEn: string | null, pinyin: string | null, aliases: Array<string> }
        | { id: string, name: string, nameEn: string | null, pinyin: string | null, aliases: Array<string> }
        | { id: string, name: string, nameEn: string | null, pinyin: string | null, aliases: Array<string> }
        | { id: string, name: string, nameEn: string | null, pinyin: string | null, aliases: Array<string> }
       }> } | null };

export type TargetSeriesQueryVariables = Exact<{
  indicator: string;
}>;


export type TargetSeriesQuery = { targetSeries: Array<{ id: string, name: string, indicator: string, value: number, valueMax: number | null, unit: string, comparator: Comparator, period: string, kind: TargetKind, report: { id: string, title: string, year: number, jurisdiction: { name: string, level: JurisdictionLevel, code: string | null } }, resultOf: { id: string } | null, mentions: Array<{ start: number, end: number, quote: string, context: string, contextStart: number, section: { id: string, title: string, path: Array<string> }, report: { id: string, title: string, year: number } }> }> | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PassageFragmentDoc = new TypedDocumentString(`
    fragment Passage on Mention {
  start
  end
  quote
  context
  contextStart
  section {
    id
    title
    path
  }
  report {
    id
    title
    year
  }
}
    `, {"fragmentName":"Passage"}) as unknown as TypedDocumentString<PassageFragment, unknown>;
export const ReportSummaryFragmentDoc = new TypedDocumentString(`
    fragment ReportSummary on Report {
  id
  title
  year
  jurisdiction {
    name
    level
    code
  }
}
    `, {"fragmentName":"ReportSummary"}) as unknown as TypedDocumentString<ReportSummaryFragment, unknown>;
export const EntitySummaryFragmentDoc = new TypedDocumentString(`
    fragment EntitySummary on Entity {
  id
  type
  name
  nameEn
  pinyin
}
    `, {"fragmentName":"EntitySummary"}) as unknown as TypedDocumentString<EntitySummaryFragment, unknown>;
export const EntitySectionsDocument = new TypedDocumentString(`
    query EntitySections {
  graph {
    nodes {
      id
      mentions {
        section {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntitySectionsQuery, EntitySectionsQueryVariables>;
export const EntityFieldsDocument = new TypedDocumentString(`
    query EntityFields {
  graph {
    nodes {
      __typename
      id
      ... on Town {
        level
      }
      ... on Park {
        category
      }
      ... on Program {
        category
      }
      ... on Organization {
        category
      }
      ... on GlossaryTerm {
        number
      }
      ... on Target {
        indicator
        value
        unit
        comparator
        period
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EntityFieldsQuery, EntityFieldsQueryVariables>;
export const EntityDetailDocument = new TypedDocumentString(`
    query EntityDetail($id: ID!) {
  entity(id: $id) {
    __typename
    ...EntitySummary
    aliases
    description
    descriptionEn
    degree
    ... on Town {
      level
    }
    ... on Park {
      category
    }
    ... on Program {
      category
    }
    ... on Organization {
      category
    }
    ... on GlossaryTerm {
      number
      definition
      definitionEn
    }
    ... on Target {
      indicator
      value
      unit
      comparator
      period
      kind
    }
    mentions {
      ...Passage
    }
    relations {
      id
      type
      source {
        ...EntitySummary
      }
      target {
        ...EntitySummary
      }
      evidence {
        ...Passage
      }
    }
  }
}
    fragment Passage on Mention {
  start
  end
  quote
  context
  contextStart
  section {
    id
    title
    path
  }
  report {
    id
    title
    year
  }
}
fragment EntitySummary on Entity {
  id
  type
  name
  nameEn
  pinyin
}`) as unknown as TypedDocumentString<EntityDetailQuery, EntityDetailQueryVariables>;
export const GraphDocument = new TypedDocumentString(`
    query Graph($reports: [ID!]) {
  graph(reports: $reports) {
    nodes {
      id
      type
      name
      nameEn
      pinyin
      degree
      reports {
        id
      }
      position {
        x
        y
      }
    }
    relations {
      id
      type
      sourceId
      targetId
    }
  }
}
    `) as unknown as TypedDocumentString<GraphQuery, GraphQueryVariables>;
export const EntityPassagesDocument = new TypedDocumentString(`
    query EntityPassages($id: ID!) {
  entity(id: $id) {
    id
    name
    nameEn
    mentions {
      ...Passage
    }
  }
}
    fragment Passage on Mention {
  start
  end
  quote
  context
  contextStart
  section {
    id
    title
    path
  }
  report {
    id
    title
    year
  }
}`) as unknown as TypedDocumentString<EntityPassagesQuery, EntityPassagesQueryVariables>;
export const ShortestPathDocument = new TypedDocumentString(`
    query ShortestPath($from: ID!, $to: ID!, $maxLength: Int, $relationTypes: [RelationType!]) {
  shortestPath(
    from: $from
    to: $to
    maxLength: $maxLength
    relationTypes: $relationTypes
  ) {
    length
    nodes {
      ...EntitySummary
    }
    relations {
      id
      type
      source {
        id
      }
      target {
        id
      }
      evidence {
        ...Passage
      }
    }
  }
}
    fragment Passage on Mention {
  start
  end
  quote
  context
  contextStart
  section {
    id
    title
    path
  }
  report {
    id
    title
    year
  }
}
fragment EntitySummary on Entity {
  id
  type
  name
  nameEn
  pinyin
}`) as unknown as TypedDocumentString<ShortestPathQuery, ShortestPathQueryVariables>;
export const ReportsDocument = new TypedDocumentString(`
    query Reports {
  reports {
    ...ReportSummary
  }
}
    fragment ReportSummary on Report {
  id
  title
  year
  jurisdiction {
    name
    level
    code
  }
}`) as unknown as TypedDocumentString<ReportsQuery, ReportsQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $first: Int, $reports: [ID!]) {
  search(query: $query, first: $first, reports: $reports) {
    score
    entity {
      ...EntitySummary
    }
  }
}
    fragment EntitySummary on Entity {
  id
  type
  name
  nameEn
  pinyin
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const SectionsDocument = new TypedDocumentString(`
    query Sections {
  sections {
    id
    title
    path
    parent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SectionsQuery, SectionsQueryVariables>;
export const SectionEntitiesDocument = new TypedDocumentString(`
    query SectionEntities($id: ID!) {
  section(id: $id) {
    id
    title
    path
    entities {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SectionEntitiesQuery, SectionEntitiesQueryVariables>;
export const IndicatorsDocument = new TypedDocumentString(`
    query Indicators {
  entities(types: [INDICATOR], first: 500) {
    edges {
      node {
        id
        name
        nameEn
        pinyin
        aliases
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IndicatorsQuery, IndicatorsQueryVariables>;
export const TargetSeriesDocument = new TypedDocumentString(`
    query TargetSeries($indicator: String!) {
  targetSeries(indicator: $indicator) {
    id
    name
    indicator
    value
    valueMax
    unit
    comparator
    period
    kind
    report {
      ...ReportSummary
    }
    resultOf {
      id
    }
    mentions {
      ...Passage
    }
  }
}
    fragment Passage on Mention {
  start
  end
  quote
  context
  contextStart
  section {
    id
    title
    path
  }
  report {
    id
    title
    year
  }
}
fragment ReportSummary on Report {
  id
  title
  year
  jurisdiction {
    name
    level
    code
  }
}`) as unknown as TypedDocumentString<TargetSeriesQuery, TargetSeriesQueryVariables>;