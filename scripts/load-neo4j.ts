/**
 * `npm run load:neo4j`: loads the built seed into the Neo4j that NEO4J_URI names (constraints
 * and full-text indexes first, then the graph in one transaction), and prints what it loaded.
 */
import { ConfigError, loadConfig } from '../server/config.ts';
import { readSeed } from '../server/store/create-store.ts';
import { loadSeed } from '../server/store/neo4j-schema.ts';
import { translateNeo4jError } from '../server/store/neo4j-store.ts';
import neo4j from 'neo4j-driver';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`load:neo4j: ${error.message}`);
  process.exit(1);
}
if (!config.neo4j) {
  console.error('load:neo4j: set NEO4J_URI (e.g. bolt://127.0.0.1:7687) and NEO4J_PASSWORD');
  process.exit(1);
}
const seed = await readSeed(config.seedPath ?? undefined);
const driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password));
const started = Date.now();
console.log(`load:neo4j: writing seed ${seed.version} (${seed.graph.nodes.length} entities, ${seed.graph.edges.length} relations) in one transaction`);
try {
  const counts = await loadSeed(driver, config.neo4j.database, seed);
  console.log(`load:neo4j: seed ${seed.version} loaded into ${config.neo4j.uri} (${config.neo4j.database}): ${counts.entities} entities, ${counts.relations} relations in ${Date.now() - started} ms`);
} catch (error) {
  console.error(`load:neo4j: ${translateNeo4jError(error).message}`);
  process.exitCode = 1;
} finally {
  await driver.close();
}
