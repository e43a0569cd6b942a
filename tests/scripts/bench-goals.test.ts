/**
 * The benchmark's goal table (scripts/bench/report.ts goalChecks): each figure read from its key
 * in the results, judged against its goal, and "not measured" (null) for a part the run skipped.
 */
import { describe, expect, it } from 'vitest';
import { latencies, MIN_PER_ROUND, MIN_ROUNDS } from '../../scripts/bench/measure.ts';
import { goalChecks } from '../../scripts/bench/report.ts';

const ratio = (api: number, cypher: number) => ({ api: { p50: api }, cypher: { p50: cypher }, ratioP50: api / cypher });

describe('goalChecks', () => {
  it('reads each figure from the results and says whether it meets its goal', () => {
    const checks = goalChecks({
      apiOverheadWithoutCache: { operations: { neighborhoodDepth1: { ratioP50: 1.5 } } },
      neo4j: { api: { entity: ratio(2, 1), search: ratio(1.2, 1) }, bulkLoad: { relations: 10, relationsPerSecond: 80_000 }, corpus: { reports: 100, goalRatioP50: 2, targetSeries: { all: ratio(3, 2) } } },
      scale: [{ nodes: 100_000, rssMb: 900, startSeconds: 4, neighborhoodDepth2RatioP50: 6 }],
      throughput: { ratio: 0.6 },
      client: { graphs: [{ name: 'the seed', labelsDrawnMs: 900, labelsDrawnRepeatMs: 700 }, { name: 'synthetic, 10⁴ nodes', medianFrameMs: 40, medianFrameMsIdle: 16 }] },
    });
    const by = Object.fromEntries(checks.map((c) => [c.key, c]));
    expect(by.memoryDepth1).toMatchObject({ value: 1.5, met: true });
    expect(by.neo4jApiOverCypher).toMatchObject({ value: 2, met: false }); // the worst operation counts
    expect(by.neo4jCorpusTargetSeries).toMatchObject({ value: 1.5, met: true });
    expect(by.bulkLoad).toMatchObject({ value: 80_000, met: true });
    expect(by.scaleRss).toMatchObject({ value: 900, met: false });
    expect(by.scaleStart).toMatchObject({ value: 4, met: true });
    expect(by.scaleDepth2).toMatchObject({ value: 6, met: false });
    expect(by.throughput).toMatchObject({ value: 0.6, met: true });
    expect(by.clientLabels).toMatchObject({ value: 900, met: true });
    expect(by.clientLabelsRepeat).toMatchObject({ value: 700, met: false });
    expect(by.clientPan).toMatchObject({ value: 2.5, met: true });
    expect(by.fullRunSeconds).toMatchObject({ value: null, met: null }); // no seconds in these results
    expect(goalChecks({ quick: false, seconds: 700 }).find((c) => c.key === 'fullRunSeconds')).toMatchObject({ value: 700, met: false });
    expect(goalChecks({ quick: true, seconds: 300 }).find((c) => c.key === 'fullRunSeconds')).toMatchObject({ value: null, met: null });
  });

  it('gives null, not a verdict, for what the run did not measure', () => {
    const checks = goalChecks({ neo4j: { skipped: 'NEO4J_URI is not set' }, scale: [{ nodes: 10_000, rssMb: 300 }], client: { skipped: 'no Chromium' } });
    for (const key of ['neo4jApiOverCypher', 'bulkLoad', 'scaleRss', 'clientLabels', 'clientPan', 'throughput']) {
      expect(checks.find((c) => c.key === key), key).toMatchObject({ value: null, met: null });
    }
  });
});

describe('latencies', () => {
  const sleep = (ms: number) => () => new Promise((r) => setTimeout(r, ms));

  it('times every call asked for when the operations fit the budget', async () => {
    const measured = await latencies({ a: async () => 1, b: async () => 2 }, 2, 40, 10_000);
    expect(measured.a).toMatchObject({ samples: 80 });
    expect(measured.b!.p50).toBeGreaterThanOrEqual(0);
  });

  it('makes fewer calls a round of slow operations, so that the whole takes about the budget, but never fewer than the floor', async () => {
    const measured = await latencies({ slow: sleep(20) }, 2, 100, 1_000);
    // 20 ms a call: about 1,000 / (2 × 20) = 25 calls a round, not 100; a slower machine, fewer.
    expect(measured.slow!.samples).toBeGreaterThanOrEqual(2 * MIN_PER_ROUND);
    expect(measured.slow!.samples).toBeLessThanOrEqual(2 * 25);
    expect(measured.slow!.p50).toBeGreaterThanOrEqual(19);
  });

  it('makes fewer rounds, not fewer calls than the floor, when the floor alone would overrun the budget', async () => {
    // 40 ms a call and 1,000 ms: 25 calls fit, fewer than 7 rounds of 15; so 3 rounds of 15.
    const measured = await latencies({ slow: sleep(40) }, 7, 100, 1_000);
    expect(measured.slow!.samples).toBe(MIN_ROUNDS * MIN_PER_ROUND);
  });

  it('never makes more calls a round than asked for', async () => {
    const measured = await latencies({ a: async () => 1 }, 2, 5, 10_000);
    expect(measured.a!.samples).toBe(10);
  });
});
