/**
 * How entity and relation types look: one colour per type (graph-seed/layout/palette.ts, which
 * the API's exports read too), bilingual names for the legend, and node size from degree (the
 * layout's rule, kept with the layout). The canvas and the panels read colours from here so the
 * legend always matches the picture.
 */
import { ENTITY_COLORS, NEUTRAL_COLOR, RELATION_COLORS } from '../../../../graph-seed/layout/palette.ts';
import type { EntityType, RelationType } from './types.ts';

export { nodeSize } from '../../../../graph-seed/layout/node-size.ts';

export interface TypeStyle {
  color: string;
  name: string;
  nameZh: string;
}

export const ENTITY_STYLE: Record<EntityType, TypeStyle> = {
  STRATEGY: { color: ENTITY_COLORS.STRATEGY, name: 'Strategy', nameZh: '战略' },
  PROGRAM: { color: ENTITY_COLORS.PROGRAM, name: 'Program', nameZh: '项目' },
  TARGET: { color: ENTITY_COLORS.TARGET, name: 'Target', nameZh: '指标' },
  TOWN: { color: ENTITY_COLORS.TOWN, name: 'Place', nameZh: '地方' },
  PARK: { color: ENTITY_COLORS.PARK, name: 'Park', nameZh: '园区' },
  ORGANIZATION: { color: ENTITY_COLORS.ORGANIZATION, name: 'Organisation', nameZh: '机构' },
  GLOSSARY_TERM: { color: ENTITY_COLORS.GLOSSARY_TERM, name: 'Glossary term', nameZh: '名词解释' },
  INDICATOR: { color: ENTITY_COLORS.INDICATOR, name: 'Indicator', nameZh: '指标项' },
};

export const RELATION_STYLE: Record<RelationType, TypeStyle> = {
  PART_OF_STRATEGY: { color: RELATION_COLORS.PART_OF_STRATEGY, name: 'part of strategy', nameZh: '属于战略' },
  HAS_TARGET: { color: RELATION_COLORS.HAS_TARGET, name: 'has target', nameZh: '目标' },
  LOCATED_IN: { color: RELATION_COLORS.LOCATED_IN, name: 'located in', nameZh: '位于' },
  PART_OF: { color: RELATION_COLORS.PART_OF, name: 'part of', nameZh: '隶属' },
  DEFINED_BY: { color: RELATION_COLORS.DEFINED_BY, name: 'defined by', nameZh: '释义' },
  MENTIONS: { color: RELATION_COLORS.MENTIONS, name: 'mentions', nameZh: '提及' },
  AWARDED: { color: RELATION_COLORS.AWARDED, name: 'awarded', nameZh: '获评' },
  MEASURES: { color: RELATION_COLORS.MEASURES, name: 'measures', nameZh: '衡量' },
  RESULT_OF: { color: RELATION_COLORS.RESULT_OF, name: 'result of', nameZh: '完成情况' },
};

export const EDGE_COLOR = NEUTRAL_COLOR;
export const DIMMED_NODE_COLOR = '#e4e6ea';
export const DIMMED_EDGE_COLOR = '#f0f1f3';
