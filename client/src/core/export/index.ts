/**
 * Exports of what the reader is looking at: the API's file exports (/export/…) asked for the
 * same part of the graph the canvas shows, and the legend that goes under a picture of it.
 */
import { ENTITY_STYLE } from '../graph/style.ts';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../graph/types.ts';
import type { ViewState } from '../view-state/types.ts';

export const EXPORT_FILES = [
  { file: 'graph.gexf', label: 'GEXF', hint: 'Gephi' },
  { file: 'graph.graphml', label: 'GraphML', hint: 'yEd, Cytoscape' },
  { file: 'graph.json', label: 'JSON', hint: 'graphology' },
  { file: 'nodes.csv', label: 'Entities CSV', hint: 'spreadsheets' },
  { file: 'edges.csv', label: 'Relations CSV', hint: 'spreadsheets' },
] as const;

/** Longest export address the explorer writes as a link; a longer list of ids goes as a form POST. */
export const MAX_EXPORT_URL = 6000;

/** How to ask the API's /export/<file> for the view: a query string for a link, or a form to POST. */
export interface ExportRequest {
  /** `?…` (or '' for the whole graph), used when `form` is null. */
  query: string;
  /** Form fields (`ids`, and `relationTypes` when some are hidden) when the query would be too long for a link. */
  form: Record<string, string> | null;
}

/**
 * The export request for exactly what the canvas draws. Without focus the types shown describe
 * it (entities of the shown types, relations of the shown relation types among them). With focus
 * the canvas draws the neighbourhood less the hidden types, which no filter of the API
 * describes, so the drawn entities are named one by one (`ids`, sorted for a stable address).
 * `drawn`: the ids on the canvas (the explorer's visibility), used only under focus. The chosen
 * reports go along as `reports=` (the API's filter), so the files hold what the canvas shows.
 */
export function exportRequest(
  view: Pick<ViewState, 'selected' | 'focusDepth' | 'hiddenTypes' | 'hiddenRelations'> & Partial<Pick<ViewState, 'growth' | 'hiddenEntities' | 'reports'>>,
  drawn: ReadonlySet<string>,
): ExportRequest {
  const params = new URLSearchParams();
  if (!drawnByTypes(view)) params.set('ids', [...drawn].sort().join(','));
  else if (view.hiddenTypes.length) params.set('types', ENTITY_TYPES.filter((t) => !view.hiddenTypes.includes(t)).join(','));
  if (view.hiddenRelations.length) params.set('relationTypes', RELATION_TYPES.filter((t) => !view.hiddenRelations.includes(t)).join(','));
  // The reports in view (empty: every report, no filter); the view state holds only known ids.
  if (view.reports?.length) params.set('reports', view.reports.join(','));
  const query = params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  if (query.length > MAX_EXPORT_URL) return { query: '', form: Object.fromEntries(params) };
  return { query: query ? `?${query}` : '', form: null };
}

/** Whether the types shown describe what is drawn; not under focus, in grow mode, or with entities hidden one by one. */
export function drawnByTypes(view: Pick<ViewState, 'selected' | 'focusDepth'> & Partial<Pick<ViewState, 'growth' | 'hiddenEntities'>>): boolean {
  return !(view.selected && view.focusDepth) && !view.growth && !view.hiddenEntities?.length;
}

/** The export request for a chosen set of entities (a selection): those entities and the relations among them, of the relation types shown. */
export function idsExportRequest(ids: readonly string[], hiddenRelations: readonly RelationType[]): ExportRequest {
  const params = new URLSearchParams();
  params.set('ids', [...new Set(ids)].sort().join(','));
  if (hiddenRelations.length) params.set('relationTypes', RELATION_TYPES.filter((t) => !hiddenRelations.includes(t)).join(','));
  const query = params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  if (query.length > MAX_EXPORT_URL) return { query: '', form: Object.fromEntries(params) };
  return { query: `?${query}`, form: null };
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
