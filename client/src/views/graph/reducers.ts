/**
 * Sigma's node and edge reducers: all hover, selection, path, section and filter styling.
 * Colours in the graph stay the base type colours; each reducer call does O(1) work, looking
 * the node up in sets computed once per view change (visibility, emphasis) or once per graph
 * (neighbours).
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { ExplorerGraph } from '../../core/graph/build-graph.ts';
import { DIMMED_EDGE_COLOR, DIMMED_NODE_COLOR, RELATION_STYLE } from '../../core/graph/style.ts';
import type { EdgeAttributes, GraphIndex, NodeAttributes } from '../../core/graph/types.ts';
import type { LabelSide } from '../../core/graph/label-placement.ts';
import type { HoverState, RenderModel } from './render-model.ts';

/** Node display data with the side its label was placed on. */
export type LabelledDisplayData = Partial<NodeDisplayData> & { labelSide?: LabelSide };

const PATH_COLOR = '#c2410c';
const SELECTED_EDGE_COLOR = '#1f2937';
/** Above this many emphasised entities, labels compete for space as usual instead of all showing. */
const FORCE_LABEL_LIMIT = 30;

/**
 * `placed` holds the labels the last collision-free placement chose (see label-placement.ts);
 * until the first placement it is null and emphasised labels are forced on as before.
 */
export function createReducers(graph: ExplorerGraph, index: GraphIndex, model: { current: RenderModel }, hover: { current: HoverState }, placed: { current: ReadonlyMap<string, LabelSide> | null }) {
  const nodeReducer = (node: string, data: NodeAttributes): Partial<NodeDisplayData> => {
    const m = model.current;
    if (!m.visibility.entities.has(node)) return { ...data, hidden: true };
    const h = hover.current;
    const out: Partial<NodeDisplayData> = { ...data, color: m.colors?.get(node) ?? data.color, label: m.labels.short.get(node) ?? data.label, zIndex: 1 };
    let emphasised: boolean | null = null;
    let forceLabels = false;
    if (h.node) {
      const neighbours = index.neighbours.get(h.node);
      emphasised = node === h.node || (neighbours?.has(node) ?? false);
      forceLabels = (neighbours?.size ?? 0) < FORCE_LABEL_LIMIT;
    } else if (h.edge && graph.hasEdge(h.edge)) {
      emphasised = graph.source(h.edge) === node || graph.target(h.edge) === node;
      forceLabels = true;
    } else if (m.emphasis) {
      emphasised = m.emphasis.entities.has(node);
      forceLabels = m.emphasis.entities.size < FORCE_LABEL_LIMIT;
    }
    if (emphasised === false) {
      out.color = DIMMED_NODE_COLOR;
      out.label = '';
      out.zIndex = 0;
    } else if (emphasised) {
      out.zIndex = 2;
      out.forceLabel = forceLabels;
    }
    if (node === h.node || node === m.selected) {
      out.label = m.labels.full.get(node) ?? data.label;
      out.highlighted = true;
      out.forceLabel = true;
      out.zIndex = 3;
    }
    if (placed.current) {
      const side = placed.current.get(node);
      out.forceLabel = out.label !== '' && side !== undefined;
      (out as LabelledDisplayData).labelSide = side ?? 'right';
    }
    return out;
  };

  const edgeReducer = (edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> => {
    const m = model.current;
    if (!m.visibility.relations.has(edge)) return { ...data, hidden: true };
    const h = hover.current;
    let emphasised: boolean | null = null;
    if (h.node) emphasised = graph.source(edge) === h.node || graph.target(edge) === h.node;
    else if (h.edge) emphasised = edge === h.edge;
    else if (m.emphasis) emphasised = m.emphasis.relations.has(edge);
    if (emphasised === false) return { ...data, color: DIMMED_EDGE_COLOR, zIndex: 0 };
    if (!emphasised) return { ...data, zIndex: 1 };
    if (edge === m.selectedRelation || edge === h.edge) return { ...data, color: SELECTED_EDGE_COLOR, size: 4, zIndex: 3 };
    if (!h.node && m.emphasis?.reason === 'path') return { ...data, color: PATH_COLOR, size: 4, zIndex: 3 };
    return { ...data, color: RELATION_STYLE[data.relationType].color, size: 2.5, zIndex: 2 };
  };

  return { nodeReducer, edgeReducer };
}
