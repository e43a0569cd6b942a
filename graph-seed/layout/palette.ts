/**
 * The colour of each entity and relation type (#rrggbb, a colour-blind-safe qualitative
 * palette): one list for every picture of the graph — the explorer's canvas and legend
 * (client/src/core/graph/style.ts) and the files the API exports (server/export/palette.ts),
 * so a file opened in Gephi looks like the canvas. Typed over the seed's own type lists, so a
 * type added there without a colour here does not compile.
 */
import type { EntityType, RelationType } from '../types.ts';

export const ENTITY_COLORS: Record<EntityType, string> = {
  STRATEGY: '#4e79a7',
  PROGRAM: '#f28e2b',
  TARGET: '#e15759',
  TOWN: '#59a14f',
  PARK: '#2f9e8f',
  ORGANIZATION: '#b07aa1',
  GLOSSARY_TERM: '#c9a227',
  INDICATOR: '#5f6b7a',
};

export const RELATION_COLORS: Record<RelationType, string> = {
  PART_OF_STRATEGY: '#7a9cc6',
  HAS_TARGET: '#e58b8c',
  LOCATED_IN: '#7fbf73',
  PART_OF: '#8c8c8c',
  DEFINED_BY: '#d4b545',
  MENTIONS: '#c59cbb',
  AWARDED: '#9c755f',
  MEASURES: '#9aa5b1',
  RESULT_OF: '#c0392b',
};

/** The neutral colour: edges drawn without a type colour. */
export const NEUTRAL_COLOR = '#c9ced6';
