/**
 * How entity and relation types look: one colour per type (a colour-blind-safe qualitative
 * palette), bilingual names for the legend, and node size from degree (the layout's rule, kept
 * with the layout). The canvas and the panels read colours from here so the legend always
 * matches the picture.
 */
import type { EntityType, RelationType } from './types.ts';

export { nodeSize } from '../../../../graph-seed/layout/node-size.ts';

export interface TypeStyle {
  color: string;
  name: string;
  nameZh: string;
}

export const ENTITY_STYLE: Record<EntityType, TypeStyle> = {
  STRATEGY: { color: '#4e79a7', name: 'Strategy', nameZh: '战略' },
  PROGRAM: { color: '#f28e2b', name: 'Program', nameZh: '项目' },
  TARGET: { color: '#e15759', name: 'Target', nameZh: '指标' },
  TOWN: { color: '#59a14f', name: 'Place', nameZh: '地方' },
  PARK: { color: '#2f9e8f', name: 'Park', nameZh: '园区' },
  ORGANIZATION: { color: '#b07aa1', name: 'Organisation', nameZh: '机构' },
  GLOSSARY_TERM: { color: '#c9a227', name: 'Glossary term', nameZh: '名词解释' },
};

export const RELATION_STYLE: Record<RelationType, TypeStyle> = {
  PART_OF_STRATEGY: { color: '#7a9cc6', name: 'part of strategy', nameZh: '属于战略' },
  HAS_TARGET: { color: '#e58b8c', name: 'has target', nameZh: '目标' },
  LOCATED_IN: { color: '#7fbf73', name: 'located in', nameZh: '位于' },
  PART_OF: { color: '#8c8c8c', name: 'part of', nameZh: '隶属' },
  DEFINED_BY: { color: '#d4b545', name: 'defined by', nameZh: '释义' },
  MENTIONS: { color: '#c59cbb', name: 'mentions', nameZh: '提及' },
  AWARDED: { color: '#9c755f', name: 'awarded', nameZh: '获评' },
};

export const EDGE_COLOR = '#c9ced6';
export const DIMMED_NODE_COLOR = '#e4e6ea';
export const DIMMED_EDGE_COLOR = '#f0f1f3';
