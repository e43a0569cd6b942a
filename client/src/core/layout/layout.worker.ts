/** The layout web worker: receives the graph's structure and runs the layout off the main thread. */
import { computeLayout } from '../../../../graph-seed/layout/compute-layout.ts';
import type { LayoutInput, LayoutMessage } from '../../../../graph-seed/layout/types.ts';

const post = (message: LayoutMessage) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<LayoutInput>) => {
  const started = performance.now();
  try {
    const coordinates = computeLayout(event.data, (progress, iterations) => post({ kind: 'progress', coordinates: progress, iterations }));
    post({ kind: 'done', coordinates, ms: performance.now() - started });
  } catch (error) {
    post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
