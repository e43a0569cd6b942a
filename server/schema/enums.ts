/**
 * The enums of the schema, from the seed's own lists so the two cannot drift apart: a type
 * added to the seed's lists appears here with its description, or with a plain one until it
 * is given one.
 */
import { builder } from '../builder.ts';
import { COMPARATORS, ENTITY_TYPES, RELATION_TYPES, TARGET_KINDS } from '../../graph-seed/types.ts';
import { DIRECTIONS } from '../store/types.ts';

/** Enum values with a description each; a value the map lacks gets `fallback(value)`. */
function described<T extends string>(values: readonly T[], descriptions: Partial<Record<T, string>>, fallback: (value: T) => string) {
  return Object.fromEntries(values.map((value) => [value, { description: descriptions[value] ?? fallback(value) }])) as Record<T, { description: string }>;
}
const words = (value: string) => value.toLowerCase().replace(/_/g, ' ');

export const EntityTypeEnum = builder.enumType('EntityType', {
  description: 'The kinds of entity in the graph.',
  values: described(ENTITY_TYPES, {
    TOWN: 'A place: the city, its towns and subdistricts, villages, communities, and outside places the report ties Lechang to (GraphQL type Town).',
    PARK: 'An industrial or agricultural park or zone, a nature reserve, a forest, wetland or city park, a base or forest farm (Park).',
    PROGRAM: 'A named initiative: project, campaign, reform, mechanism, plan, event or title (Program).',
    ORGANIZATION: 'A named company, agency, institution, school, hospital or facility (Organization).',
    GLOSSARY_TERM: 'One of the report\'s 31 glossary notes, 名词解释 (GlossaryTerm).',
    TARGET: 'A quantified goal or reported result (Target).',
    STRATEGY: 'One of the report\'s parts, areas of work or lead sentences (Strategy).',
    INDICATOR: 'A measure work reports quantify (国内生产总值增长, 城镇新增就业 …), one for every level (Indicator).',
  }, (v) => `An entity of kind ${words(v)}.`),
});

export const RelationTypeEnum = builder.enumType('RelationType', {
  description: 'The kinds of relation; each goes from its source to its target.',
  values: described(RELATION_TYPES, {
    LOCATED_IN: 'The source (a park, program, organisation or smaller place) lies in the target place.',
    PART_OF: 'The source is part of the target: a zone of a park, a village of a town, a sub-strategy of a strategy.',
    PART_OF_STRATEGY: 'The source (a program, park or target) belongs to the target strategy.',
    DEFINED_BY: 'The source is explained by the target glossary term (its name carries the [n] marker).',
    HAS_TARGET: 'The source (a strategy, program, place or park) has the target quantified goal or result.',
    MENTIONS: 'The source glossary definition names the target entity.',
    AWARDED: 'The source (a place, park or organisation) won the target title, as the report states it (获评, 荣获, 成功创建 …).',
    MEASURES: 'The source target measures the target indicator (only when its words match a known indicator, never guessed).',
    RESULT_OF: 'The source RESULT for year N (from a later report) reports on the target GOAL for year N of the same jurisdiction and indicator; its evidence is both passages.',
  }, (v) => `The source is related to the target by ${words(v)}.`),
});

export const DirectionEnum = builder.enumType('Direction', {
  description: 'Which relations of an entity to follow: those it is the source of (OUT), the target of (IN), or both.',
  values: described(DIRECTIONS, {
    OUT: 'Relations the entity is the source of.',
    IN: 'Relations the entity is the target of.',
    BOTH: 'Relations in either direction.',
  }, (v) => words(v)),
});

export const ComparatorEnum = builder.enumType('Comparator', {
  description: 'How the report bounds a quantity: EQUAL (达, 为), AT_LEAST (以上, 不少于), MORE_THAN (突破, 超, 多), AT_MOST (以内, 控制在), APPROXIMATELY (约, 左右), BETWEEN (a range).',
  values: described(COMPARATORS, {
    EQUAL: 'Exactly the value: 达, 为, or a bare number.',
    AT_LEAST: 'The value or more: 以上, 不少于.',
    AT_MOST: 'The value or less: 以内, 控制在, 不超过.',
    MORE_THAN: 'Beyond the value: 突破, 超, and 多 after a number (1200多人).',
    APPROXIMATELY: 'About the value: 约, 近, 左右.',
    BETWEEN: 'A range: from `value` to `valueMax` (6%－6.5%).',
  }, (v) => words(v)),
});

export const TargetKindEnum = builder.enumType('TargetKind', {
  description: 'GOAL for what the plans set out, RESULT for what the review reports.',
  values: described(TARGET_KINDS, { GOAL: 'What the plans set out to reach.', RESULT: 'What the review reports was reached.' }, (v) => words(v)),
});
