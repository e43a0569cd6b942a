/**
 * `npm run bench`: the benchmark suite. Every figure is a ratio to a baseline measured side by
 * side in the same run (this machine is shared and noisy), with medians over repeated rounds.
 *
 *   --quick   a reduced run (smaller sizes, fewer rounds, shorter load) for CI
 *   --json    print one JSON object of the figures on stdout (progress goes to stderr)
 *   --write   write scripts/bench/BENCHMARKS.md and results.json (a full run writes them anyway)
 *
 * Parts, in run order: the ten-report seed (Lechang and the nine national reports): its size and
 * the API on it; API overhead over HTTP on the seed; the memory store at synthetic scale;
 * throughput under load against graphql-yoga's hello world; the client's first frame and frame
 * times in headless Chromium (when the client is built and Chromium present); Neo4j (when
 * NEO4J_URI is set): the API against the same Cypher run straight through neo4j-driver (on both
 * seeds), a synthetic corpus of 1,000 reports (100 in the quick run) loaded and targetSeries on
 * it, and loading rates; search quality on the query set (per class hit@5, exact hit@1 and MRR,
 * both stores) and its latency (search-quality.ts).
 */
import { writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import autocannon from 'autocannon';
import { serialiseSeed } from '../../graph-seed/paths.ts';
import { syntheticSeed } from './synthetic-seed.ts';
import { benchClient } from './client-bench.ts';
import { benchNeo4j } from './neo4j-bench.ts';
import { graphqlCall, getCall, latencies, ROOT, round, startChild, type Latency } from './measure.ts';
import { goalChecks, writeReport } from './report.ts';
import { apiQueries } from './queries.ts';
import { benchSearchQuality } from './search-quality.ts';
import { buildTenReportSeed } from './ten-report-seed.ts';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const asJson = args.has('--json');
const benchStarted = Date.now();
/** Progress on stderr, each line with the seconds since the run started (where the time goes). */
const log = (message: string) => process.stderr.write(`bench: [${Math.round((Date.now() - benchStarted) / 1000)} s] ${message}\n`);

const ROUNDS = quick ? 3 : 7;
/** The parts measuring the embedded store run it even when NEO4J_URI is set for the Neo4j part. */
const MEMORY_STORE = { NEO4J_URI: '' };
const PER_ROUND = quick ? 60 : 150;

const SEED_IDS = { hub: 'town:lechang', leaf: 'town:pingshi', search: '森林', pathFrom: 'town:beixiang-huangben', pathTo: 'strategy:plan-3' };
const SYNTHETIC_IDS = { hub: 'town:s0', leaf: 'program:s17', search: 'lechang', pathFrom: 'program:s17', pathTo: 'target:s5' };

function ratios(measured: Record<string, Latency>, baseline: string) {
  const base = measured[baseline]!;
  return Object.fromEntries(Object.entries(measured).map(([name, l]) => [name, { ...l, ratioP50: round(l.p50 / base.p50, 2), ratioP99: round(l.p99 / base.p99, 2) }]));
}

async function apiOverhead(responseCache: boolean, seedPath?: string) {
  log(`API overhead on ${seedPath ? 'the ten-report seed' : 'the seed'} (memory store, response cache ${responseCache ? 'on' : 'off'}) against /healthz on the same server`);
  const server = await startChild('server/index.ts', { ...MEMORY_STORE, RESPONSE_CACHE: String(responseCache), ...(seedPath ? { SEED_PATH: seedPath } : {}) });
  try {
    const queries = apiQueries(SEED_IDS);
    const operations: Record<string, () => Promise<unknown>> = { noop: getCall(`${server.url}/healthz`) };
    for (const [name, [query, variables]] of Object.entries(queries)) operations[name] = graphqlCall(server.url, query, variables);
    return { baseline: 'GET /healthz on the same server', responseCache, rounds: ROUNDS, perRound: PER_ROUND, operations: ratios(await latencies(operations, ROUNDS, PER_ROUND), 'noop') };
  } finally {
    await server.stop();
  }
}

/** Waits until the server's /readyz no longer says its search index is BUILDING (at most 10 minutes). */
async function searchIndexBuilt(url: string): Promise<void> {
  const deadline = Date.now() + 600_000;
  for (;;) {
    // A busy server may drop a kept-alive connection: ask again rather than fail the run.
    const health = await fetch(`${url}/readyz`).then((r) => r.json() as Promise<{ searchIndex?: string }>, () => null);
    if (health && health.searchIndex !== 'BUILDING') return;
    if (Date.now() > deadline) throw new Error(`${url}: the search index was not built within 10 minutes`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function scale() {
  const sizes = quick ? [[10_000, 50_000]] : [[10_000, 50_000], [100_000, 500_000]];
  const results = [];
  for (const [nodes, relations] of sizes as [number, number][]) {
    log(`memory store at ${nodes} nodes / ${relations} relations`);
    const path = join(tmpdir(), `lechang-synthetic-${nodes}-${relations}.json`);
    writeFileSync(path, serialiseSeed(syntheticSeed({ nodes, relations, seed: 1 })));
    const started = Date.now();
    const server = await startChild('server/index.ts', { ...MEMORY_STORE, SEED_PATH: path });
    const startSeconds = round((Date.now() - started) / 1000, 1);
    try {
      // The store answers from the start and builds its search index in the background: time
      // that too, and wait for it so the first timed search is not the one that waits.
      await searchIndexBuilt(server.url);
      const searchReadySeconds = round((Date.now() - started) / 1000, 1);
      const operations: Record<string, () => Promise<unknown>> = { noop: getCall(`${server.url}/healthz`) };
      for (const [name, [query, variables]] of Object.entries(apiQueries(SYNTHETIC_IDS))) operations[name] = graphqlCall(server.url, query, variables);
      const hub = (await graphqlCall(server.url, `{ neighborhood(id: "${SYNTHETIC_IDS.hub}", depth: 2, limit: 500) { truncated nodes { id } } }`)()) as { data: { neighborhood: { truncated: boolean; nodes: unknown[] } } };
      // A budget: at 10⁵ a depth-2 neighbourhood or a path takes tens of milliseconds a call.
      const measured = ratios(await latencies(operations, ROUNDS, Math.round(PER_ROUND / 2), quick ? 10_000 : 12_000), 'noop');
      results.push({
        nodes, relations, startSeconds, searchReadySeconds, rssMb: server.rssMb(),
        neighborhoodDepth2RatioP50: measured.neighborhoodDepth2!.ratioP50,
        hubNeighborhood: { limit: 500, returned: hub.data.neighborhood.nodes.length, truncated: hub.data.neighborhood.truncated },
        operations: measured,
      });
    } finally {
      await server.stop();
    }
  }
  return results;
}

async function throughput() {
  const duration = quick ? 5 : 10;
  log(`throughput: mixed queries at 32 connections for ${duration} s, against graphql-yoga's hello world`);
  const run = (url: string, requests: { body: string }[]) => autocannon({
    url: `${url}/graphql`, connections: 32, duration,
    requests: requests.map((r) => ({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: r.body })),
  });
  const hello = await startChild('scripts/bench/hello-yoga.ts');
  const ours = await startChild('server/index.ts', MEMORY_STORE);
  try {
    const helloResult = await run(hello.url, [{ body: JSON.stringify({ query: '{ hello }' }) }]);
    const mixed = Object.values(apiQueries(SEED_IDS)).map(([query, variables]) => ({ body: JSON.stringify({ query, variables }) }));
    const ourResult = await run(ours.url, mixed);
    const summary = (r: autocannon.Result) => ({ requestsPerSecond: round(r.requests.average, 1), p99Ms: r.latency.p99, errors: r.errors, non2xx: r.non2xx });
    return {
      connections: 32, durationSeconds: duration,
      helloWorld: summary(helloResult), api: summary(ourResult),
      ratio: round(ourResult.requests.average / helloResult.requests.average, 2),
    };
  } finally {
    await Promise.all([hello.stop(), ours.stop()]);
  }
}

/**
 * Lechang and the nine national reports (issue 16): the seed built from ../shared and written
 * to TEN_REPORT_SEED_PATH (for the client part too), its size, and the API on it (memory store,
 * uncached) against /healthz; the Neo4j part compares it against its Cypher.
 */
async function tenReports() {
  log('the ten-report seed: building it from ../shared/reports/national');
  try {
    const { seed, path, size } = await buildTenReportSeed();
    return { seed, figures: { path: relative(ROOT, path), ...size, apiOverhead: await apiOverhead(false, path) } };
  } catch (error) {
    return { seed: null, figures: { skipped: (error as Error).message } };
  }
}

/** The machine's 1-minute load average: a run beside other work measures the neighbours too. */
const loadStart = loadavg()[0]!;
/** Seconds each part of the run took, in run order: where a run's time goes. */
const partSeconds: Record<string, number> = {};
async function part<T>(name: string, run: () => Promise<T>): Promise<T> {
  const partStarted = Date.now();
  try {
    return await run();
  } finally {
    partSeconds[name] = round((Date.now() - partStarted) / 1000, 1);
  }
}
const ten = await part('tenReports', tenReports);
const results = {
  date: new Date().toISOString(),
  quick,
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', memoryGb: round(totalmem() / 2 ** 30, 1), freeGb: round(freemem() / 2 ** 30, 1), node: process.version, loadAverageAtStart: round(loadStart, 2), loadAverageAtEnd: 0 },
  apiOverhead: await part('apiOverhead', () => apiOverhead(true)),
  apiOverheadWithoutCache: await part('apiOverheadWithoutCache', () => apiOverhead(false)),
  tenReports: ten.figures,
  scale: await part('scale', scale),
  throughput: await part('throughput', throughput),
  client: await part('client', () => benchClient({ quick, log })),
  // After the parts that do not use Neo4j: deleting the bulk load's million relations leaves the
  // database busy for a while (checkpoints), which a part measured after it would share the cores with.
  neo4j: await part('neo4j', () => benchNeo4j({ quick, log, rounds: ROUNDS, perRound: PER_ROUND, tenReports: ten.seed })),
  searchQuality: await part('searchQuality', () => benchSearchQuality(log, { quick })),
  seconds: 0,
  partSeconds,
};
results.seconds = Math.round((Date.now() - benchStarted) / 1000);
results.machine.loadAverageAtEnd = round(loadavg()[0]!, 2);
const output = { ...results, goals: goalChecks(results) };
if (!quick || args.has('--write')) writeReport(output, ROOT);
if (asJson) console.log(JSON.stringify(output));
else log(`done in ${results.seconds} s${!quick || args.has('--write') ? '; wrote scripts/bench/BENCHMARKS.md' : ''}`);
