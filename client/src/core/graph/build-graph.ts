/**
 * Turns the API's graph into the graphology graph sigma draws: stable keys (entity and relation
 * ids), base colour and size by type and degree, deterministic starting positions for the layout.
 * Highlighting is never written here; it lives in sigma's reducers.
 */
import Graph from 'graphology';
import { initialPosition } from '../layout/initial-positions.ts';
import { EDGE_COLOR, ENTITY_STYLE, nodeSize } from './style.ts';
import type { EdgeAttributes, GraphData, NodeAttributes } from './types.ts';

export type ExplorerGraph = Graph<NodeAttributes, EdgeAttributes>;

export function buildGraph(data: GraphData): ExplorerGraph {
  const graph: ExplorerGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  for (const node of data.nodes) {
    graph.addNode(node.id, {
      ...initialPosition(node.id),
      size: nodeSize(node.degree),
      color: ENTITY_STYLE[node.type].color,
      label: node.name,
      entityType: node.type,
    });
  }
  for (const relation of data.relations) {
    if (!graph.hasNode(relation.source.id) || !graph.hasNode(relation.target.id)) continue;
    graph.addDirectedEdgeWithKey(relation.id, relation.source.id, relation.target.id, {
      size: 1,
      color: EDGE_COLOR,
      relationType: relation.type,
    });
  }
  return graph;
}
