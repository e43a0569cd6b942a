/**
 * Size and colour by a measure (Gephi Lite's "appearance"): degree, PageRank and betweenness
 * from graphology's standard library (graphology-metrics), computed over the whole graph or
 * only over what is drawn, and colour by the report's top-level section an entity is most
 * mentioned in. Pure functions of plain data, so the same code runs in the page, in a web
 * worker (for large graphs, see measures.worker.ts) and in unit tests.
 */
import Graph from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { nodeSize } from '../graph/style.ts';
import type { GraphIndex } from '../graph/types.ts';
import type { Measure } from '../view-state/types.ts';

/** The structure a measure is computed on: entity ids, and relations as [source, target] positions in `nodes`. */
export interface MeasureInput {
  nodes: string[];
  edges: [number, number][];
}

/** Above this many entities plus relations, PageRank and betweenness run in a web worker (betweenness is O(entities × relations)). */
export const WORKER_THRESHOLD = 4000;

/**
 * The entities and relations to measure: every one when `scope` is null (the whole graph), else
 * the entities drawn and the drawn relations among them.
 */
export function measureInput(index: GraphIndex, scope: { entities: ReadonlySet<string>; relations: ReadonlySet<string> } | null): MeasureInput {
  const nodes = scope ? [...scope.entities].filter((id) => index.entities.has(id)) : [...index.entities.keys()];
  const at = new Map(nodes.map((id, i) => [id, i]));
  const edges: [number, number][] = [];
  for (const relation of index.relations.values()) {
    if (scope && !scope.relations.has(relation.id)) continue;
    const s = at.get(relation.source);
    const t = at.get(relation.target);
    if (s !== undefined && t !== undefined) edges.push([s, t]);
  }
  return { nodes, edges };
}

/**
 * One value per entity of `input.nodes`, same order. Degree counts relations (both directions,
 * parallel ones too, as the API's `degree`). PageRank follows relations in their direction
 * (damping 0.85; parallel relations count once); values sum to 1. Betweenness ignores
 * direction and is normalised to 0–1 (the share of shortest paths through the entity).
 */
export function computeMeasure(input: MeasureInput, measure: Measure): Float64Array {
  const values = new Float64Array(input.nodes.length);
  if (measure === 'degree') {
    for (const [s, t] of input.edges) {
      values[s]! += 1;
      if (t !== s) values[t]! += 1;
    }
    return values;
  }
  const graph = new Graph({ type: measure === 'pagerank' ? 'directed' : 'undirected', multi: false, allowSelfLoops: false });
  input.nodes.forEach((id) => graph.addNode(id));
  for (const [s, t] of input.edges) if (s !== t) graph.mergeEdge(input.nodes[s]!, input.nodes[t]!);
  if (graph.order === 0) return values;
  const mapping = measure === 'pagerank' ? pagerankOf(graph) : betweenness(graph, { normalized: true });
  input.nodes.forEach((id, i) => (values[i] = mapping[id] ?? 0));
  return values;
}

function pagerankOf(graph: Graph): Record<string, number> {
  try {
    return pagerank(graph, { getEdgeWeight: null, maxIterations: 200 });
  } catch {
    // Not converged within 200 iterations: the uniform value, rather than no answer.
    const uniform: Record<string, number> = {};
    graph.forEachNode((id) => (uniform[id] = 1 / graph.order));
    return uniform;
  }
}

/** Values keyed by entity id. */
export function byId(input: MeasureInput, values: ArrayLike<number>): Map<string, number> {
  return new Map(input.nodes.map((id, i) => [id, values[i] ?? 0]));
}

/** The smallest and largest value, and the entity with the largest (null for no entities). */
export function extent(values: ReadonlyMap<string, number>): { min: number; max: number; top: string | null } {
  let min = Infinity;
  let max = -Infinity;
  let top: string | null = null;
  for (const [id, v] of values) {
    if (v < min) min = v;
    if (v > max) {
      max = v;
      top = id;
    }
  }
  return top === null ? { min: 0, max: 0, top } : { min, max, top };
}

/**
 * Node sizes for a measure: its share of the largest value, mapped on the same range (and the
 * same square-root area rule) as sizes by degree, so the biggest node is as big as the hub by degree.
 */
export function sizesFor(values: ReadonlyMap<string, number>): Map<string, number> {
  const { min, max } = extent(values);
  const reference = 75; // the degree at which nodeSize reaches its largest size ((22 − 3) / 2.2)²
  const sizes = new Map<string, number>();
  for (const [id, v] of values) sizes.set(id, nodeSize(max > min ? ((v - min) / (max - min)) * reference : 0));
  return sizes;
}

/** Light to dark blue (#c6dbef → #08306b), for a measure's share 0–1 of its range; readable on the canvas's background and unlike the dimmed grey. */
export function sequentialColor(share: number): string {
  const t = Math.min(1, Math.max(0, share));
  const from = [0xc6, 0xdb, 0xef];
  const to = [0x08, 0x30, 0x6b];
  return `#${from.map((f, i) => Math.round(f + (to[i]! - f) * Math.sqrt(t)).toString(16).padStart(2, '0')).join('')}`;
}

export function colorsFor(values: ReadonlyMap<string, number>): Map<string, string> {
  const { min, max } = extent(values);
  const colors = new Map<string, string>();
  for (const [id, v] of values) colors.set(id, sequentialColor(max > min ? (v - min) / (max - min) : 0));
  return colors;
}

/** Colours for report sections, in the report's order (a colour-blind-safe qualitative set, different from the type colours); more sections than colours repeat them. */
export const SECTION_COLORS = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#a6761d', '#1f78b4', '#b15928', '#6a3d9a', '#33a02c'] as const;
/** Entities the report does not mention in any section. */
export const NO_SECTION_COLOR = '#9aa1ac';

export interface SectionRef {
  id: string;
  parent: { id: string } | null;
}

/**
 * Each entity's top-level section: the one most of its passages stand in (counting passages in
 * any section inside it); a tie goes to the section that comes first in the report. `sections`
 * lists the report's sections in reading order; entities without passages are left out.
 */
export function topSections(sections: readonly SectionRef[], mentions: readonly { id: string; sections: readonly string[] }[]): Map<string, string> {
  const parent = new Map(sections.map((s) => [s.id, s.parent?.id ?? null]));
  const order = new Map<string, number>();
  const top = (id: string): string => {
    let at = id;
    for (let guard = 0; guard < 64; guard += 1) {
      const up = parent.get(at);
      if (!up) return at;
      at = up;
    }
    return at;
  };
  sections.forEach((s) => {
    const t = top(s.id);
    if (!order.has(t)) order.set(t, order.size);
  });
  const result = new Map<string, string>();
  for (const { id, sections: where } of mentions) {
    const counts = new Map<string, number>();
    for (const section of where) {
      const t = top(section);
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    let best: string | null = null;
    for (const [t, n] of counts) {
      const b = best === null ? 0 : counts.get(best)!;
      if (best === null || n > b || (n === b && (order.get(t) ?? Infinity) < (order.get(best) ?? Infinity))) best = t;
    }
    if (best) result.set(id, best);
  }
  return result;
}

/** A colour for each top-level section, in the order given (the report's). */
export function sectionColors(topLevel: readonly string[]): Map<string, string> {
  return new Map(topLevel.map((id, i) => [id, SECTION_COLORS[i % SECTION_COLORS.length]!]));
}
