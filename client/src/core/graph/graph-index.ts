/** Builds the structural index of the graph once, from the API's answer. */
import type { Adjacent, GraphData, GraphEntity, GraphIndex, IndexedRelation } from './types.ts';

export function buildGraphIndex(data: GraphData): GraphIndex {
  const entities = new Map<string, GraphEntity>();
  const adjacency = new Map<string, Adjacent[]>();
  const neighbours = new Map<string, Set<string>>();
  for (const node of data.nodes) {
    entities.set(node.id, node);
    adjacency.set(node.id, []);
    neighbours.set(node.id, new Set());
  }
  const relations = new Map<string, IndexedRelation>();
  for (const relation of data.relations) {
    const source = relation.sourceId;
    const target = relation.targetId;
    if (!entities.has(source) || !entities.has(target)) continue;
    relations.set(relation.id, { id: relation.id, type: relation.type, source, target });
    adjacency.get(source)!.push({ relation: relation.id, type: relation.type, other: target });
    if (source !== target) adjacency.get(target)!.push({ relation: relation.id, type: relation.type, other: source });
    neighbours.get(source)!.add(target);
    neighbours.get(target)!.add(source);
  }
  return { entities, relations, adjacency, neighbours };
}
