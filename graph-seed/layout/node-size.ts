/**
 * How big the explorer draws an entity: area grows with degree, so a hub reads as big without
 * swamping its neighbours. The layout keeps nodes of these sizes apart, so it lives with it.
 */
const MIN_SIZE = 3;
const MAX_SIZE = 22;

export function nodeSize(degree: number): number {
  return Math.min(MAX_SIZE, MIN_SIZE + 2.2 * Math.sqrt(Math.max(0, degree)));
}
