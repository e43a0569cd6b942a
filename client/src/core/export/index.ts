/**
 * Exports of what the reader is looking at: the API's file exports (/export/…) asked for the
 * same part of the graph the canvas shows, and the legend that goes under a picture of it.
 */
import { ENTITY_STYLE } from '../graph/style.ts';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType } from '../graph/types.ts';
import type { ViewState } from '../view-state/types.ts';

export const EXPORT_FILES = [
  { file: 'graph.gexf', label: 'GEXF', hint: 'Gephi' },
  { file: 'graph.graphml', label: 'GraphML', hint: 'yEd, Cytoscape' },
  { file: 'graph.json', label: 'JSON', hint: 'graphology' },
  { file: 'nodes.csv', label: 'Entities CSV', hint: 'spreadsheets' },
  { file: 'edges.csv', label: 'Relations CSV', hint: 'spreadsheets' },
] as const;

/** The largest neighbourhood the API exports; the canvas's focus has no limit, so the export asks for all of it. */
export const NEIGHBOURHOOD_LIMIT = 2000;

/**
 * The export query for the current view: the focused neighbourhood (over the relation types
 * shown), or the entity and relation types shown.
 */
export function exportQuery(view: Pick<ViewState, 'selected' | 'focusDepth' | 'hiddenTypes' | 'hiddenRelations'>): string {
  const params = new URLSearchParams();
  if (view.selected && view.focusDepth) {
    params.set('id', view.selected);
    params.set('depth', String(view.focusDepth));
    params.set('limit', String(NEIGHBOURHOOD_LIMIT));
  } else if (view.hiddenTypes.length) {
    params.set('types', ENTITY_TYPES.filter((t) => !view.hiddenTypes.includes(t)).join(','));
  }
  if (view.hiddenRelations.length) params.set('relationTypes', RELATION_TYPES.filter((t) => !view.hiddenRelations.includes(t)).join(','));
  const query = params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  return query ? `?${query}` : '';
}

export interface LegendEntry {
  color: string;
  label: string;
}

/** Legend lines for the entity types that have something drawn. */
export function legendEntries(counts: ReadonlyMap<EntityType, number>): LegendEntry[] {
  return ENTITY_TYPES.filter((type) => (counts.get(type) ?? 0) > 0).map((type) => ({
    color: ENTITY_STYLE[type].color,
    label: `${ENTITY_STYLE[type].name} ${ENTITY_STYLE[type].nameZh} (${counts.get(type)})`,
  }));
}
