/**
 * Lays the graph out: nothing to do when it arrived with the seed's positions; from the cache
 * when this exact graph was laid out before, otherwise in
 * the layout web worker, applying each chunk of iterations to the graph as it arrives so the
 * canvas shows the graph settling. Falls back to the main thread if a worker cannot start.
 * Performance marks (explorer:layout-first-chunk, explorer:layout-done) time it.
 */
import { useEffect, useState } from 'react';
import type { ExplorerGraph } from '../../core/graph/build-graph.ts';
import { readCachedLayout, writeCachedLayout } from '../../core/layout/layout-cache.ts';
import type { LayoutCoordinates, LayoutInput, LayoutMessage } from '../../../../graph-seed/layout/types.ts';
import { startLayoutWorker } from './layout-worker.ts';

export type LayoutStatus =
  | { phase: 'pending' }
  | { phase: 'running'; iterations: number }
  | { phase: 'done'; ms: number; source: 'seed' | 'cache' | 'computed' };

function layoutInput(graph: ExplorerGraph): LayoutInput {
  return {
    nodes: graph.mapNodes((id, a) => ({ id, x: a.x, y: a.y, size: a.size })),
    edges: graph.mapEdges((_, __, source, target) => [source, target] as [string, string]),
  };
}

function apply(graph: ExplorerGraph, input: LayoutInput, coordinates: LayoutCoordinates): void {
  const index = new Map(input.nodes.map((n, i) => [n.id, i]));
  graph.updateEachNodeAttributes(
    (id, attributes) => {
      const i = index.get(id)!;
      return { ...attributes, x: coordinates[i * 2]!, y: coordinates[i * 2 + 1]! };
    },
    { attributes: ['x', 'y'] },
  );
}

const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

export function useLayout(graph: ExplorerGraph, laidOut: boolean): LayoutStatus {
  const [status, setStatus] = useState<LayoutStatus>(laidOut ? { phase: 'done', ms: 0, source: 'seed' } : { phase: 'pending' });
  useEffect(() => {
    if (laidOut) return;
    const input = layoutInput(graph);
    const started = performance.now();
    const cached = readCachedLayout(storage(), input);
    if (cached) {
      apply(graph, input, cached);
      setStatus({ phase: 'done', ms: performance.now() - started, source: 'cache' });
      return;
    }
    let cancelled = false;
    const finish = (coordinates: LayoutCoordinates) => {
      performance.mark('explorer:layout-done');
      apply(graph, input, coordinates);
      writeCachedLayout(storage(), input, coordinates);
      setStatus({ phase: 'done', ms: performance.now() - started, source: 'computed' });
    };
    const onMainThread = async () => {
      const { computeLayout } = await import('../../../../graph-seed/layout/compute-layout.ts');
      if (!cancelled) finish(computeLayout(input));
    };
    const worker = startLayoutWorker();
    if (!worker) void onMainThread();
    else {
      worker.addEventListener('message', (event: MessageEvent<LayoutMessage>) => {
        if (cancelled) return;
        const message = event.data;
        if (message.kind === 'progress') {
          performance.mark(`explorer:layout-${message.iterations}`);
          apply(graph, input, message.coordinates);
          setStatus({ phase: 'running', iterations: message.iterations });
        } else if (message.kind === 'done') {
          finish(message.coordinates);
          worker?.terminate();
        } else {
          console.warn(`Layout worker: ${message.message}; laying out on the main thread`);
          worker?.terminate();
          void onMainThread();
        }
      });
      worker.addEventListener('error', () => {
        worker?.terminate();
        if (!cancelled) void onMainThread();
      });
      worker.postMessage(input);
    }
    return () => {
      cancelled = true;
      worker?.terminate();
    };
  }, [graph, laidOut]);
  return status;
}
