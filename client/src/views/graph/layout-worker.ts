/**
 * The layout web worker, started only for a graph that arrives without the seed's positions
 * (a seed built without a layout); null where the browser cannot start one.
 */
export function startLayoutWorker(): Worker | null {
  try {
    return new Worker(new URL('../../core/layout/layout.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}
