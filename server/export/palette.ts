/**
 * The colours exports give each entity and relation type: the explorer's own palette
 * (client/src/core/graph/style.ts; a test keeps the two equal), so a file opened in Gephi looks
 * like the canvas. A type added to the seed's lists before it has a colour here gets the
 * neutral one, rather than failing the export.
 */
import type { EntityType, RelationType } from '../store/types.ts';

const ENTITY_COLORS: Partial<Record<EntityType, string>> = {
  STRATEGY: '#4e79a7', PROGRAM: '#f28e2b', TARGET: '#e15759', TOWN: '#59a14f', PARK: '#2f9e8f', ORGANIZATION: '#b07aa1', GLOSSARY_TERM: '#c9a227',
};

const RELATION_COLORS: Partial<Record<RelationType, string>> = {
  PART_OF_STRATEGY: '#7a9cc6', HAS_TARGET: '#e58b8c', LOCATED_IN: '#7fbf73', PART_OF: '#8c8c8c', DEFINED_BY: '#d4b545', MENTIONS: '#c59cbb',
};

/** The explorer's neutral colour: edges it draws without a type colour. */
export const NEUTRAL_COLOR = '#c9ced6';

/** The #rrggbb colour of an entity type. */
export const entityColor = (type: EntityType): string => ENTITY_COLORS[type] ?? NEUTRAL_COLOR;
/** The #rrggbb colour of a relation type. */
export const relationColor = (type: RelationType): string => RELATION_COLORS[type] ?? NEUTRAL_COLOR;
