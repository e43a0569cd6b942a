/** PageRank or betweenness of a large graph off the main thread: receives a MeasureInput and a measure, answers with the values (same order). */
import type { Measure } from '../view-state/types.ts';
import { computeMeasure, type MeasureInput } from './index.ts';

export interface MeasureRequest {
  id: number;
  input: MeasureInput;
  measure: Measure;
}

export type MeasureReply = { id: number; values: Float64Array; ms: number } | { id: number; error: string };

self.addEventListener('message', (event: MessageEvent<MeasureRequest>) => {
  const { id, input, measure } = event.data;
  const started = performance.now();
  try {
    const values = computeMeasure(input, measure);
    self.postMessage({ id, values, ms: performance.now() - started } satisfies MeasureReply, { transfer: [values.buffer] });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies MeasureReply);
  }
});
