/**
 * One layout worker for the page, started as early as possible: its script and libraries load
 * while the graph query is in flight, instead of queueing behind the font's slices afterwards.
 */
let worker: Worker | null | undefined;

export function takeLayoutWorker(): Worker | null {
  const taken = worker ?? startLayoutWorker();
  worker = undefined;
  return taken;
}

export function startLayoutWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('../../core/layout/layout.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  return worker;
}
