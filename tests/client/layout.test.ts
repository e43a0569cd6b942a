import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../client/src/core/graph/build-graph.ts';
import { ENTITY_STYLE, nodeSize } from '../../client/src/core/graph/style.ts';
import { computeLayout } from '../../graph-seed/layout/compute-layout.ts';
import { initialPosition, INITIAL_SPREAD } from '../../graph-seed/layout/initial-positions.ts';
import { layoutKey, readCachedLayout, writeCachedLayout, type KeyValueStore } from '../../client/src/core/layout/layout-cache.ts';
import { LARGE_GRAPH, LAYOUT_SETTINGS, layoutSettings } from '../../graph-seed/layout/settings.ts';
import type { LayoutInput } from '../../graph-seed/layout/types.ts';
import { GRAPH } from './fixtures.ts';

function inputFor(order: typeof GRAPH.nodes): LayoutInput {
  return {
    nodes: order.map((n) => ({ id: n.id, ...initialPosition(n.id), size: nodeSize(n.degree) })),
    edges: GRAPH.relations.map((r) => [r.sourceId, r.targetId]),
  };
}

function positions(input: LayoutInput, coordinates: Float64Array): Map<string, [number, number]> {
  return new Map(input.nodes.map((n, i) => [n.id, [coordinates[i * 2]!, coordinates[i * 2 + 1]!]]));
}

class MemoryKeyValueStore implements KeyValueStore {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

describe('layout', () => {
  it('starts each entity from a point derived from its id alone', () => {
    expect(initialPosition('town:pingshi')).toEqual(initialPosition('town:pingshi'));
    expect(initialPosition('town:pingshi')).not.toEqual(initialPosition('town:lechang'));
    const { x, y } = initialPosition('glossary:12');
    expect(Math.abs(x)).toBeLessThanOrEqual(INITIAL_SPREAD);
    expect(Math.abs(y)).toBeLessThanOrEqual(INITIAL_SPREAD);
  });

  it('gives the same picture every time, whatever order the entities come in', () => {
    const a = inputFor(GRAPH.nodes);
    const b = inputFor([...GRAPH.nodes].reverse());
    const first = positions(a, computeLayout(a));
    expect(positions(a, computeLayout(a))).toEqual(first);
    const reordered = positions(b, computeLayout(b));
    for (const [id, [x, y]] of first) {
      expect(reordered.get(id)![0]).toBeCloseTo(x, 6);
      expect(reordered.get(id)![1]).toBeCloseTo(y, 6);
    }
  });

  it('spreads the drawing over the configured extent, with finite coordinates, and reports progress in chunks', () => {
    const input = inputFor(GRAPH.nodes);
    const progress: number[] = [];
    const coordinates = computeLayout(input, (_, iterations) => progress.push(iterations));
    expect(coordinates.every(Number.isFinite)).toBe(true);
    const xs = input.nodes.map((_, i) => coordinates[i * 2]!);
    const ys = input.nodes.map((_, i) => coordinates[i * 2 + 1]!);
    const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    expect(span).toBeGreaterThan(LAYOUT_SETTINGS.extent * 0.9);
    expect(progress[0]).toBe(LAYOUT_SETTINGS.chunk);
    expect(progress.length).toBe(Math.ceil(LAYOUT_SETTINGS.iterations / LAYOUT_SETTINGS.chunk) - 1);
  });

  it('lays a large graph out with the coarser settings: fewer chunks, finite, spread over the extent', () => {
    const order = LARGE_GRAPH;
    const nodes = Array.from({ length: order }, (_, i) => ({ id: `n${i}`, ...initialPosition(`n${i}`), size: nodeSize(2) }));
    // A ring with chords: every entity connected, no hub.
    const edges = nodes.flatMap((n, i): [string, string][] => [[n.id, `n${(i + 1) % order}`], [n.id, `n${(i * 7 + 3) % order}`]]);
    const progress: number[] = [];
    const coordinates = computeLayout({ nodes, edges }, (_, iterations) => progress.push(iterations));
    const large = layoutSettings(order);
    expect(large.noverlap).toBeNull();
    expect(large.iterations).toBeLessThan(LAYOUT_SETTINGS.iterations);
    expect(progress.length).toBe(Math.ceil(large.iterations / large.chunk) - 1);
    expect(coordinates.every(Number.isFinite)).toBe(true);
    const xs = nodes.map((_, i) => coordinates[i * 2]!);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(large.extent * 0.5);
    expect(layoutSettings(order - 1)).toBe(LAYOUT_SETTINGS);
  });

  it('pulls connected entities closer than unconnected ones', () => {
    const input = inputFor(GRAPH.nodes);
    const p = positions(input, computeLayout(input));
    const distance = (a: string, b: string) => Math.hypot(p.get(a)![0] - p.get(b)![0], p.get(a)![1] - p.get(b)![1]);
    expect(distance('town:huangben', 'town:pingshi')).toBeLessThan(distance('town:huangben', 'org:isolated'));
  });

  it('caches a finished layout under a key that changes with the graph', () => {
    const store = new MemoryKeyValueStore();
    const input = inputFor(GRAPH.nodes);
    expect(readCachedLayout(store, input)).toBeNull();
    const coordinates = computeLayout(input);
    writeCachedLayout(store, input, coordinates);
    expect(readCachedLayout(store, input)).toEqual(coordinates);
    const changed = { ...input, edges: input.edges.slice(1) };
    expect(layoutKey(changed)).not.toBe(layoutKey(input));
    expect(readCachedLayout(store, changed)).toBeNull();
  });

  it('treats a damaged or missing cache as empty', () => {
    const store = new MemoryKeyValueStore();
    const input = inputFor(GRAPH.nodes);
    store.setItem(layoutKey(input), '[1,2,');
    expect(readCachedLayout(store, input)).toBeNull();
    store.setItem(layoutKey(input), JSON.stringify([1, 2]));
    expect(readCachedLayout(store, input)).toBeNull();
    expect(readCachedLayout(null, input)).toBeNull();
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => {} };
    expect(() => writeCachedLayout(full, input, new Float64Array(18))).not.toThrow();
  });
});

describe('graph for the canvas', () => {
  it('keys nodes and edges by entity and relation ids, coloured by type, sized by degree', () => {
    const graph = buildGraph(GRAPH);
    expect(graph.order).toBe(GRAPH.nodes.length);
    expect(graph.size).toBe(GRAPH.relations.length);
    const program = graph.getNodeAttributes('program:ten-hundred');
    expect(program.color).toBe(ENTITY_STYLE.PROGRAM.color);
    expect(program.size).toBeGreaterThan(graph.getNodeAttributes('org:isolated').size);
    expect(graph.source('LOCATED_IN:town:pingshi->town:lechang')).toBe('town:pingshi');
    expect(graph.getNodeAttributes('town:pingshi')).toMatchObject(initialPosition('town:pingshi'));
  });
});
