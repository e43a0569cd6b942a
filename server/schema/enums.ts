/** The enums of the schema, from the seed's own lists so the two cannot drift apart. */
import { builder } from '../builder.ts';
import { COMPARATORS, ENTITY_TYPES, RELATION_TYPES, TARGET_KINDS } from '../../graph-seed/types.ts';
import { DIRECTIONS } from '../store/types.ts';

export const EntityTypeEnum = builder.enumType('EntityType', {
  description: 'The kinds of entity in the graph.',
  values: ENTITY_TYPES,
});

export const RelationTypeEnum = builder.enumType('RelationType', {
  description: 'The kinds of relation; each goes from its source to its target.',
  values: RELATION_TYPES,
});

export const DirectionEnum = builder.enumType('Direction', {
  description: 'Which relations of an entity to follow: those it is the source of (OUT), the target of (IN), or both.',
  values: DIRECTIONS,
});

export const ComparatorEnum = builder.enumType('Comparator', {
  description: 'How the report bounds a quantity: EQUAL (达, 为), AT_LEAST (以上, 不少于), MORE_THAN (突破, 超), AT_MOST (以内, 控制在), APPROXIMATELY (多).',
  values: COMPARATORS,
});

export const TargetKindEnum = builder.enumType('TargetKind', {
  description: 'GOAL for what the plans set out, RESULT for what the review reports.',
  values: TARGET_KINDS,
});
