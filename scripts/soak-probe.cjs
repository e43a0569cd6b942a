/**
 * Preloaded into the server only by `npm run soak` (with --expose-gc): on SIGUSR2 it runs a full
 * garbage collection and prints the heap then in use as one line on stderr,
 * `soak-probe {"heapUsedMb":…,"rssMb":…}`. Memory that survives a full collection is what a leak
 * leaves; the RSS alone also counts garbage V8 has not yet had a reason to collect.
 */
'use strict';
process.on('SIGUSR2', () => {
  if (typeof global.gc === 'function') global.gc();
  const { heapUsed, rss } = process.memoryUsage();
  process.stderr.write(`soak-probe ${JSON.stringify({ heapUsedMb: Math.round(heapUsed / 1048576 * 10) / 10, rssMb: Math.round(rss / 1048576) })}\n`);
});
