/**
 * The two requests the explorer cannot start without, the reports and the whole graph (every
 * report), started as early as the page allows: by prefetch.ts, a small entry of its own that
 * runs while the explorer's bundle still downloads and compiles, instead of when App.tsx runs.
 * A trace of a cold load showed both asked for only ~390–490 ms after navigation, once the
 * 580 KB bundle had been evaluated.
 *
 * Both entries import this one module, so the explorer takes the very requests the prefetch
 * started (performance marks `explorer:graph-prefetched`, `explorer:graph-taken`, and the same
 * for the reports, say so). A link that chooses reports (`?reports=`) prefetches no graph: its
 * ids are checked against the reports first.
 */
import { send } from './client.ts';
import { GraphDocument, ReportsDocument } from './generated/graphql.ts';

type Early = 'graph' | 'reports';
const started = new Map<Early, Promise<Response>>();
const taken = new Set<Early>();

function start(which: Early, request: () => Promise<Response>): void {
  if (started.has(which) || taken.has(which)) return;
  const pending = request();
  performance.mark(`explorer:${which}-prefetched`);
  // A failure is shown once the explorer takes the request up, not reported as unhandled before that.
  pending.catch(() => {});
  started.set(which, pending);
}

/** Starts the reports' and the whole graph's requests by GET (so the browser's cache keeps them), each at most once and only before the explorer has asked for it. */
export function prefetchEarlyRequests(): void {
  start('reports', () => send(ReportsDocument, {}, { cacheable: true }));
  if (!new URLSearchParams(window.location.search).has('reports')) start('graph', () => send(GraphDocument, { reports: null }, { cacheable: true }));
}

/**
 * The request prefetchEarlyRequests started (resolving with its response, or rejecting with an
 * ApiError), or null if none; after this call it is gone (a retry asks again) and no prefetch
 * starts it.
 */
export function takeEarlyRequest(which: Early): Promise<Response> | null {
  taken.add(which);
  const pending = started.get(which) ?? null;
  started.delete(which);
  if (pending) performance.mark(`explorer:${which}-taken`);
  return pending;
}
