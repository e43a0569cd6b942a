/**
 * The picture of the graph, fixed when the seed is built: every entity gets the position the
 * explorer draws it at, so a browser shows the graph as soon as it arrives instead of laying it
 * out first. The same layout runs in the explorer's worker for a graph that comes without one.
 */
import { computeLayout } from './compute-layout.ts';
import { initialPosition } from './initial-positions.ts';
import { nodeSize } from './node-size.ts';
import type { Entity, Relation } from '../types.ts';
import type { LayoutInput } from './types.ts';

export interface Position {
  x: number;
  y: number;
}

/** Positions are kept to a hundredth of a unit: finer than a pixel, and stable as text. */
const round = (value: number) => Math.round(value * 100) / 100;

export function layoutPositions(nodes: readonly { id: string; degree: number }[], edges: readonly [string, string][]): Map<string, Position> {
  const input: LayoutInput = {
    nodes: nodes.map((n) => ({ id: n.id, ...initialPosition(n.id), size: nodeSize(n.degree) })),
    edges: [...edges],
  };
  const coordinates = computeLayout(input);
  return new Map(input.nodes.map((n, i) => [n.id, { x: round(coordinates[i * 2]!), y: round(coordinates[i * 2 + 1]!) }]));
}

/** Gives every entity the position the explorer draws it at: x and y, set in place. */
export function placeEntities(entities: Entity[], relations: readonly Relation[]): void {
  const degree = new Map<string, number>();
  for (const r of relations) for (const end of [r.source, r.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const positions = layoutPositions(
    entities.map((e) => ({ id: e.id, degree: degree.get(e.id) ?? 0 })),
    relations.map((r) => [r.source, r.target]),
  );
  for (const e of entities) Object.assign(e, positions.get(e.id));
}
