/**
 * The Neo4j part of the benchmark, run when NEO4J_URI names a server: the API on the Neo4j
 * store against the same Cypher run straight through neo4j-driver, the seed's load time, and
 * the rate of loading a million synthetic relations in UNWIND batches.
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
import { getCall, graphqlCall, latencies, round, startChild } from './measure.ts';
import { syntheticSeed } from './synthetic-seed.ts';

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

export async function benchNeo4j({ quick, log, rounds, perRound }: { quick: boolean; log: (m: string) => void; rounds: number; perRound: number }) {
  const { neo4j: neo4jConfig, limits: { timeoutMs } } = loadConfig(process.env);
  if (!neo4jConfig) return { skipped: 'NEO4J_URI is not set (npm run neo4j:start, then set NEO4J_URI and NEO4J_PASSWORD)' };
  const { uri, user, password, database } = neo4jConfig;
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
  try {
    const seed = await readSeed();
    log('neo4j: loading the seed');
    let started = performance.now();
    // No server reads the database during the benchmark: the replaced version goes at once.
    await loadGraph(driver, database, seed, { graceMs: 0, force: true });
    const seedLoadSeconds = round((performance.now() - started) / 1000, 2);

    log('neo4j: API on the Neo4j store against the same Cypher through the driver');
    // Without the response cache: the comparison is of one answer computed twice, not of a cache.
    const server = await startChild('server/index.ts', { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database, RESPONSE_CACHE: 'false' });
    let api;
    let noop;
    try {
      for (let i = 0; i < 100 && (await fetch(`${server.url}/readyz`)).status !== 200; i++) await new Promise((r) => setTimeout(r, 300));
      const served = await servedVersion(driver, database);
      if (served.kind !== 'served') throw new Error('neo4j bench: the seed just loaded is not served');
      const read = (query: CypherQuery) => () => runRead(driver, database, atVersion(query, served.version.id), timeoutMs);
      const nb = (depth: number) => `query($id: ID!) { neighborhood(id: $id, depth: ${depth}, limit: 200) { truncated nodes { id name type degree } relations { id type source { id } target { id } } } }`;
      const neighborhood = (depth: number) => CYPHER.neighborhood({ id: IDS.leaf, depth, direction: 'BOTH', limit: 200 });
      // Each GraphQL query asks for nothing that needs a second store call (no mentions, no
      // relation lists), so its Cypher is the whole of the store's work.
      const operations = {
        noop: getCall(`${server.url}/healthz`),
        neighborhoodDepth1Api: graphqlCall(server.url, nb(1), { id: IDS.leaf }),
        neighborhoodDepth1Cypher: read(neighborhood(1)),
        neighborhoodDepth2Api: graphqlCall(server.url, nb(2), { id: IDS.leaf }),
        neighborhoodDepth2Cypher: read(neighborhood(2)),
        neighborhoodDepth3Api: graphqlCall(server.url, nb(3), { id: IDS.leaf }),
        neighborhoodDepth3Cypher: read(neighborhood(3)),
        searchApi: graphqlCall(server.url, 'query($q: String!) { search(query: $q, first: 20) { score entity { id name type } } }', { q: IDS.search }),
        searchCypher: read(CYPHER.search(IDS.search, null)),
        shortestPathApi: graphqlCall(server.url, 'query($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b, maxLength: 6) { length nodes { id name } relations { type } } }', { a: IDS.pathFrom, b: IDS.pathTo }),
        shortestPathCypher: read(CYPHER.shortestPath({ from: IDS.pathFrom, to: IDS.pathTo, maxLength: 6 })),
        entityApi: graphqlCall(server.url, 'query($id: ID!) { entity(id: $id) { id name nameEn type degree } }', { id: IDS.leaf }),
        entityCypher: read(CYPHER.entities([IDS.leaf])),
      };
      const measured = await latencies(operations, rounds, Math.round(perRound / 2));
      noop = measured.noop!;
      api = Object.fromEntries(['neighborhoodDepth1', 'neighborhoodDepth2', 'neighborhoodDepth3', 'search', 'shortestPath', 'entity'].map((name) => {
        const viaApi = measured[`${name}Api`]!;
        const direct = measured[`${name}Cypher`]!;
        return [name, { api: viaApi, cypher: direct, ratioP50: round(viaApi.p50 / direct.p50, 2), overheadP50Ms: round(viaApi.p50 - direct.p50) }];
      }));
    } finally {
      await server.stop();
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
      bulkLoad: { relations, batchSize, ...bulk, goalRelationsPerSecond: 70_000 },
    };
  } finally {
    await driver.close();
  }
}
