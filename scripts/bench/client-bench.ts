/**
 * The client part of the benchmark: time from navigation to the first drawn frame in headless
 * Chromium, on the seed and on a 10⁴-node synthetic graph, and frame times while panning and
 * zooming. Needs the built client (npm run build) and Debian's Chromium.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './measure.ts';

export async function benchClient({ log }: { quick: boolean; log: (m: string) => void }) {
  if (!existsSync(join(ROOT, 'client/dist/index.html'))) return { skipped: 'the client is not built (npm run build)' };
  if (!existsSync('/usr/bin/chromium')) return { skipped: 'Chromium is not installed (apt-get install chromium)' };
  log('client: not measured yet');
  return { skipped: 'the client benchmark needs the explorer\'s first-frame hook' };
}
