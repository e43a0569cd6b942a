/**
 * The explorer's layout: ForceAtlas2 for a fixed number of iterations, run in fixed chunks from
 * deterministic starting positions, then noverlap (for graphs of the report's size; see
 * layoutSettings for large ones). Fixed counts (not "run until it looks settled") make the
 * result identical on every run; the chunks let a canvas show the graph settling instead of a
 * spinner. Pure: it runs when a seed is built, in the explorer's layout worker for a graph that
 * comes without positions, and in tests.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { layoutSettings } from './settings.ts';
import type { LayoutCoordinates, LayoutInput } from './types.ts';

type LayoutGraph = Graph<{ x: number; y: number; size: number }>;

function coordinatesOf(graph: LayoutGraph, input: LayoutInput): LayoutCoordinates {
  const out = new Float64Array(input.nodes.length * 2);
  input.nodes.forEach((node, i) => {
    const { x, y } = graph.getNodeAttributes(node.id);
    out[i * 2] = x;
    out[i * 2 + 1] = y;
  });
  return out;
}

function rescale(graph: LayoutGraph, extent: number): void {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  graph.forEachNode((_, { x, y }) => {
    minX = Math.min(minX, x); maxX = Math.max(maxX, x);
    minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  });
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const factor = extent / span;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  graph.updateEachNodeAttributes((_, a) => ({ ...a, x: (a.x - cx) * factor, y: (a.y - cy) * factor }));
}

export function computeLayout(input: LayoutInput, onProgress?: (coordinates: LayoutCoordinates, iterations: number) => void): LayoutCoordinates {
  // Sorted, so the result does not depend on the order the API lists entities and relations in.
  const graph: LayoutGraph = new Graph({ type: 'undirected', multi: true, allowSelfLoops: false });
  const nodes = [...input.nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const node of nodes) graph.addNode(node.id, { x: node.x, y: node.y, size: node.size });
  const edges = input.edges.map(([s, t]) => `${s}\u0000${t}`).sort();
  for (const edge of edges) {
    const [source, target] = edge.split('\u0000') as [string, string];
    if (source !== target && graph.hasNode(source) && graph.hasNode(target)) graph.addUndirectedEdge(source, target);
  }
  const settings = layoutSettings(nodes.length);
  const { iterations, chunk } = settings;
  for (let done = 0; done < iterations; done += chunk) {
    forceAtlas2.assign(graph, { iterations: Math.min(chunk, iterations - done), settings: settings.forceAtlas2 });
    if (onProgress && done + chunk < iterations) onProgress(coordinatesOf(graph, input), done + chunk);
  }
  rescale(graph, settings.extent);
  if (settings.noverlap) noverlap.assign(graph, settings.noverlap);
  return coordinatesOf(graph, input);
}
