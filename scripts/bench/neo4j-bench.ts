/**
 * The Neo4j part of the benchmark, run when NEO4J_URI names a server: the API on the Neo4j
 * store against the same Cypher run straight through neo4j-driver, on the Lechang seed and on
 * the ten-report seed; a synthetic corpus of 1,000 reports (100 in the quick run) loaded with
 * loadGraph and targetSeries on it against its Cypher; the seed's load time; and the rate of
 * loading a million synthetic relations in UNWIND batches.
 *
 * The baseline of each API call is the query the store runs for it, run the way the store runs
 * it (runRead, with the server's query timeout), so the difference is what HTTP and GraphQL
 * add. GET /healthz on the same server is measured alongside: the floor of any request.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { SeedArtefact } from '../../graph-seed/types.ts';
import { loadConfig, type Neo4jConfig } from '../../server/config.ts';
import { readSeed } from '../../server/store/create-store.ts';
import { loadStamp, loadedStamp, servedVersion } from '../../server/store/neo4j-schema.ts';
import { atVersion, CYPHER, Neo4jStore, runRead, type CypherQuery } from '../../server/store/neo4j-store.ts';
import { clearInBatches, loadGraph } from '../neo4j/load-graph.ts';
import { bulkLoad } from './bulk-load.ts';
import { getCall, graphqlCall, latencies, round, startChild, type Latency } from './measure.ts';
import { SYNTHETIC_SERIES_INDICATOR, syntheticCorpus, syntheticSeed } from './synthetic-seed.ts';

const IDS = { leaf: 'town:pingshi', search: '森林', pathFrom: 'town:beixiang-huangben', pathTo: 'strategy:plan-3' };

/**
 * Asks the Neo4j store about the bulk-loaded graph and checks its answers against the seed:
 * counts, an entity's relations and degree, its neighbourhood, a search by name, a passage.
 * Returns what was checked, or the first answer that was wrong.
 */
async function checkBulkLoad(driver: Driver, config: Neo4jConfig, timeoutMs: number, seed: SeedArtefact) {
  if ((await loadedStamp(driver, config.database)) !== loadStamp(seed)) return { ok: false, problem: 'the load left no stamp of this seed' };
  const store = new Neo4jStore({ config, timeoutMs, retryMs: 60_000 });
  const checked: string[] = [];
  const expect = (what: string, ok: boolean) => {
    if (!ok) throw new Error(what);
    checked.push(what);
  };
  try {
    await store.start();
    const stats = await store.stats({ top: 1 });
    expect('entity and relation counts', stats.entityCount === seed.graph.nodes.length && stats.relationCount === seed.graph.edges.length);
    const entity = seed.graph.nodes[Math.floor(seed.graph.nodes.length / 3)]!;
    const own = seed.graph.edges.filter((e) => e.source === entity.key || e.target === entity.key).map((e) => e.key).sort();
    const [record] = await store.entitiesByIds([entity.key]);
    expect(`${entity.key}: name and degree`, record?.name === entity.attributes!.name && record.degree === own.length);
    const [relations] = await store.relationsOf([entity.key], { direction: 'BOTH' });
    expect(`${entity.key}: relations, with ids and evidence`, JSON.stringify(relations!.map((r) => r.id)) === JSON.stringify(own) && relations!.every((r) => r.evidence.length > 0));
    const neighbours = new Set(seed.graph.edges.flatMap((e) => (e.source === entity.key ? [e.target] : e.target === entity.key ? [e.source] : [])));
    const neighbourhood = await store.neighborhood({ id: entity.key, depth: 1, direction: 'BOTH', limit: 2000 });
    expect(`${entity.key}: depth-1 neighbourhood`, neighbourhood?.nodes.length === neighbours.size + 1 && neighbourhood.nodes.every((n) => n.id === entity.key || neighbours.has(n.id)));
    const hits = await store.search({ text: entity.attributes!.name, first: 5 });
    expect(`search by name finds ${entity.key}`, hits.some((h) => h.entity.id === entity.key));
    const [passage] = await store.passages(entity.attributes!.mentions.slice(0, 1));
    expect(`${entity.key}: the passage of a mention`, Boolean(passage?.quote));
    return { ok: true, checked };
  } catch (error) {
    return { ok: false, checked, problem: (error as Error).message };
  } finally {
    await store.close();
  }
}

/** Longest the full run may spend loading the 1,000-report corpus, in seconds (see benchNeo4j). */
const CORPUS_BUDGET_SECONDS = 150;

/**
 * How long a comparison runs: `rounds` of at most `perRound` calls of each operation, fewer when
 * the operations are slow, so that one comparison takes about `budgetMs` (measure.ts, latencies).
 */
interface Pace { rounds: number; perRound: number; budgetMs: number }

type Compared = Record<string, { api: Latency; cypher: Latency; ratioP50: number; overheadP50Ms: number }>;

/**
 * Starts a server on the Neo4j store (no response cache: the comparison is of one answer
 * computed twice, not of a cache) for the version the database serves, and measures each
 * operation's GraphQL query against its Cypher run straight through the driver, interleaved.
 * Each GraphQL query asks for nothing that needs a store call of its own beyond what the
 * server keeps per version (sections, reports), so its Cypher is the whole of the store's work.
 */
async function compareApi(
  driver: Driver, neo4jConfig: Neo4jConfig, timeoutMs: number, { rounds, perRound, budgetMs }: Pace,
  operations: Record<string, [query: string, variables: Record<string, unknown>, cypher: CypherQuery]>,
): Promise<{ noop: Latency; api: Compared }> {
  const { uri, user, password, database } = neo4jConfig;
  const server = await startChild('server/index.ts', { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database, RESPONSE_CACHE: 'false' });
  try {
    for (let i = 0; i < 100 && (await fetch(`${server.url}/readyz`)).status !== 200; i++) await new Promise((r) => setTimeout(r, 300));
    const served = await servedVersion(driver, database);
    if (served.kind !== 'served') throw new Error('neo4j bench: the graph just loaded is not served');
    const calls: Record<string, () => Promise<unknown>> = { noop: getCall(`${server.url}/healthz`) };
    for (const [name, [query, variables, cypher]] of Object.entries(operations)) {
      calls[`${name}Api`] = graphqlCall(server.url, query, variables);
      calls[`${name}Cypher`] = () => runRead(driver, database, atVersion(cypher, served.version.id), timeoutMs);
    }
    const measured = await latencies(calls, rounds, perRound, budgetMs);
    return {
      noop: measured.noop!,
      api: Object.fromEntries(Object.keys(operations).map((name) => {
        const viaApi = measured[`${name}Api`]!;
        const direct = measured[`${name}Cypher`]!;
        return [name, { api: viaApi, cypher: direct, ratioP50: round(viaApi.p50 / direct.p50, 2), overheadP50Ms: round(viaApi.p50 - direct.p50) }];
      })),
    };
  } finally {
    await server.stop();
  }
}

const nb = (depth: number) => `query($id: ID!) { neighborhood(id: $id, depth: ${depth}, limit: 200) { truncated nodes { id name type degree } relations { id type source { id } target { id } } } }`;
const SERIES = 'query($i: String!, $j: String, $k: TargetKind) { targetSeries(indicator: $i, jurisdiction: $j, kind: $k) { id period kind value unit report { id year } } }';

/** The operations compared on a report seed (the Lechang seed, the ten-report seed). */
function seedOperations(extra: Record<string, [string, Record<string, unknown>, CypherQuery]> = {}) {
  const neighborhood = (depth: number) => CYPHER.neighborhood({ id: IDS.leaf, depth, direction: 'BOTH', limit: 200 });
  return {
    neighborhoodDepth1: [nb(1), { id: IDS.leaf }, neighborhood(1)],
    neighborhoodDepth2: [nb(2), { id: IDS.leaf }, neighborhood(2)],
    neighborhoodDepth3: [nb(3), { id: IDS.leaf }, neighborhood(3)],
    search: ['query($q: String!) { search(query: $q, first: 20) { score entity { id name type } } }', { q: IDS.search }, CYPHER.search(IDS.search, null)],
    shortestPath: ['query($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b, maxLength: 6) { length nodes { id name } relations { type } } }', { a: IDS.pathFrom, b: IDS.pathTo }, CYPHER.shortestPath({ from: IDS.pathFrom, to: IDS.pathTo, maxLength: 6 })],
    entity: ['query($id: ID!) { entity(id: $id) { id name nameEn type degree } }', { id: IDS.leaf }, CYPHER.entities([IDS.leaf])],
    // Its passages come from the sections the server keeps per version: one query, as above.
    entityWithMentions: ['query($id: ID!) { entity(id: $id) { id name type mentions { quote context section { id title } } } }', { id: IDS.leaf }, CYPHER.entities([IDS.leaf])],
    ...extra,
  } satisfies Record<string, [string, Record<string, unknown>, CypherQuery]>;
}

/**
 * The synthetic corpus of many reports (synthetic-seed.ts's syntheticCorpus): its load into
 * Neo4j with loadGraph (entities + relations per second), and targetSeries on it, for the
 * indicator most reports state, with and without a jurisdiction and a kind, against the same
 * Cypher through the driver. Goal: ≤ 2× (issue 16).
 */
export async function benchCorpus(driver: Driver, neo4jConfig: Neo4jConfig, timeoutMs: number, reports: number, pace: Pace, log: (m: string) => void) {
  const corpus = syntheticCorpus({ reports });
  const entities = corpus.graph.nodes.length;
  const relations = corpus.graph.edges.length;
  log(`neo4j: loading a synthetic corpus of ${corpus.reports.length} reports (${entities} entities, ${relations} relations) with loadGraph`);
  const started = performance.now();
  const load = await loadGraph(driver, neo4jConfig.database, corpus, { graceMs: 0, force: true });
  const loadSeconds = round((performance.now() - started) / 1000, 2);
  const jurisdiction = corpus.reports.find((r) => r.jurisdiction.level === 'PROVINCE')?.jurisdiction.name ?? corpus.reports[0]!.jurisdiction.name;
  const series = (query: { jurisdiction?: string; kind?: 'GOAL' | 'RESULT' }): [string, Record<string, unknown>, CypherQuery] => [
    SERIES, { i: SYNTHETIC_SERIES_INDICATOR, j: query.jurisdiction ?? null, k: query.kind ?? null }, CYPHER.targetSeries({ indicator: SYNTHETIC_SERIES_INDICATOR, ...query }),
  ];
  log('neo4j: targetSeries on the corpus against the same Cypher through the driver');
  const { api } = await compareApi(driver, neo4jConfig, timeoutMs, pace, {
    targetSeriesAll: series({}),
    targetSeriesGoals: series({ kind: 'GOAL' }),
    targetSeriesJurisdiction: series({ jurisdiction }),
    targetSeriesJurisdictionGoals: series({ jurisdiction, kind: 'GOAL' }),
  });
  const counts = await runRead(driver, neo4jConfig.database, atVersion(CYPHER.targetSeries({ indicator: SYNTHETIC_SERIES_INDICATOR }), load.version!), timeoutMs);
  return {
    reports: corpus.reports.length, sections: corpus.sections.length, entities, relations,
    loadSeconds, loadWriteSeconds: load.seconds.write, rowsPerSecond: Math.round((entities + relations) / loadSeconds),
    seriesIndicator: SYNTHETIC_SERIES_INDICATOR, seriesTargets: (counts[0]!.get('targets') as unknown[]).length, seriesJurisdiction: jurisdiction,
    targetSeries: api, goalRatioP50: 2,
  };
}

export async function benchNeo4j({ quick, log, rounds, perRound, tenReports }: { quick: boolean; log: (m: string) => void; rounds: number; perRound: number; tenReports?: SeedArtefact | null }) {
  const { neo4j: neo4jConfig, limits: { timeoutMs } } = loadConfig(process.env);
  if (!neo4jConfig) return { skipped: 'NEO4J_URI is not set (npm run neo4j:start, then set NEO4J_URI and NEO4J_PASSWORD)' };
  const { uri, user, password, database } = neo4jConfig;
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
  // Each API-against-Cypher comparison takes about this long however slow its operations.
  const budgetMs = quick ? 15_000 : 20_000;
  try {
    const seed = await readSeed();
    log('neo4j: loading the seed');
    let started = performance.now();
    // No server reads the database during the benchmark: the replaced version goes at once.
    await loadGraph(driver, database, seed, { graceMs: 0, force: true });
    const seedLoadSeconds = round((performance.now() - started) / 1000, 2);

    log('neo4j: API on the Neo4j store against the same Cypher through the driver');
    const { noop, api } = await compareApi(driver, neo4jConfig, timeoutMs, { rounds, perRound: Math.round(perRound / 2), budgetMs }, seedOperations());

    let tenReportSeed;
    if (tenReports) {
      log(`neo4j: the ten-report seed (${tenReports.graph.nodes.length} entities), API against the same Cypher`);
      started = performance.now();
      await loadGraph(driver, database, tenReports, { graceMs: 0, force: true });
      const loadSeconds = round((performance.now() - started) / 1000, 2);
      const gdp = { i: '国内生产总值增长', j: null, k: 'GOAL' };
      const compared = await compareApi(driver, neo4jConfig, timeoutMs, { rounds, perRound: Math.round(perRound / 2), budgetMs }, seedOperations({
        targetSeries: [SERIES, gdp, CYPHER.targetSeries({ indicator: gdp.i, kind: 'GOAL' })],
      }));
      tenReportSeed = { loadSeconds, noop: compared.noop, api: compared.api };
    }

    // 100 reports in every run; 1,000 in the full run when the rate just measured says their
    // load fits the budget (the full run must finish in 10 minutes), else why not.
    const corpus = await benchCorpus(driver, neo4jConfig, timeoutMs, 100, { rounds, perRound: Math.round(perRound / 4), budgetMs }, log)
      .catch((error: Error) => ({ error: error.message.split('\n')[0] }));
    let corpus1000;
    if (!quick) {
      const budget = Number(process.env.BENCH_CORPUS_BUDGET_SECONDS ?? CORPUS_BUDGET_SECONDS);
      const predicted = 'rowsPerSecond' in corpus ? Math.round((10 * (corpus.entities + corpus.relations)) / corpus.rowsPerSecond) : Infinity;
      corpus1000 = predicted <= budget
        ? await benchCorpus(driver, neo4jConfig, timeoutMs, 1000, { rounds, perRound: Math.round(perRound / 4), budgetMs }, log).catch((error: Error) => ({ error: error.message.split('\n')[0] }))
        : { skipped: `at the rate of the 100-report load, 1,000 reports would take about ${predicted} s to load, over the budget of ${budget} s (BENCH_CORPUS_BUDGET_SECONDS)` };
    }

    const relations = quick ? 100_000 : 1_000_000;
    log(`neo4j: loading ${relations} synthetic relations in UNWIND batches`);
    const synthetic = syntheticSeed({ nodes: Math.round(relations / 5), relations, seed: 3 });
    const batchSize = 20_000;
    // A load that fails (memory, say) is a result to report, not a reason to lose the rest.
    const bulk = await bulkLoad(driver, database, synthetic, { batchSize, writers: 2 })
      .then(async (figures) => ({ ...figures, check: await checkBulkLoad(driver, neo4jConfig, timeoutMs, synthetic) }))
      .catch((error: Error) => ({ error: error.message.split('\n')[0] }));
    // Put the report back, so the database serves what the project ships. Deleting the million
    // relations first takes most of the time, and is timed apart from the load itself.
    started = performance.now();
    await clearInBatches(driver, database);
    const seedReloadClearSeconds = round((performance.now() - started) / 1000, 2);
    started = performance.now();
    await loadGraph(driver, database, seed, { graceMs: 0, force: true });
    return {
      server: uri, seedLoadSeconds, seedReloadClearSeconds, seedReloadSeconds: round((performance.now() - started) / 1000, 2), noop, api,
      ...(tenReportSeed ? { tenReports: tenReportSeed } : {}),
      corpus,
      ...(corpus1000 ? { corpus1000 } : {}),
      bulkLoad: { relations, batchSize, ...bulk, goalRelationsPerSecond: 70_000 },
    };
  } finally {
    await driver.close();
  }
}
