/**
 * The picture of the graph, fixed when the seed is built: every entity gets the position the
 * explorer draws it at, so a browser shows the graph as soon as it arrives instead of laying it
 * out first. The same layout runs in the explorer's worker for a graph that comes without one.
 */
import { computeLayout } from './compute-layout.ts';
import { initialPosition } from './initial-positions.ts';
import { nodeSize } from './node-size.ts';
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
