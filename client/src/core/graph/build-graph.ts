/**
 * Turns the API's graph into the graphology graph sigma draws: stable keys (entity and relation
 * ids), base colour and size by type and degree, and positions: the seed's layout when every
 * entity comes with one, otherwise deterministic starting points for the explorer's own layout.
 * Highlighting is never written here; it lives in sigma's reducers.
 */
import Graph from 'graphology';
import { initialPosition } from '../../../../graph-seed/layout/initial-positions.ts';
import { EDGE_COLOR, ENTITY_STYLE, nodeSize } from './style.ts';
import type { EdgeAttributes, GraphData, NodeAttributes } from './types.ts';

export type ExplorerGraph = Graph<NodeAttributes, EdgeAttributes>;

/** Whether the graph arrived laid out: every entity has the seed's position. */
export function hasSeedLayout(data: GraphData): boolean {
  return data.nodes.length > 0 && data.nodes.every((node) => node.position !== null);
}

export function buildGraph(data: GraphData): ExplorerGraph {
  const graph: ExplorerGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  const laidOut = hasSeedLayout(data);
  for (const node of data.nodes) {
    graph.addNode(node.id, {
      ...(laidOut ? node.position! : initialPosition(node.id)),
      size: nodeSize(node.degree),
      color: ENTITY_STYLE[node.type].color,
      label: node.name,
      entityType: node.type,
    });
  }
  for (const relation of data.relations) {
    if (!graph.hasNode(relation.sourceId) || !graph.hasNode(relation.targetId)) continue;
    graph.addDirectedEdgeWithKey(relation.id, relation.sourceId, relation.targetId, {
      size: 1,
      color: EDGE_COLOR,
      relationType: relation.type,
    });
  }
  return graph;
}
