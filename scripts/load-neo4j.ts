/**
 * `npm run load:neo4j`: loads the built seed (or SEED_PATH) into the Neo4j that NEO4J_URI names
 * as a new graph version beside the one served, checks it, switches to it in one transaction,
 * and deletes the replaced version after a grace (scripts/neo4j/load-graph.ts). Reports the
 * served version already holds unchanged are copied inside Neo4j; only new and changed ones are
 * written from the seed, and it says so ("3 reports unchanged (copied), 1 new, 0 changed,
 * 0 removed"). Servers that read the database move to the new version by themselves within a
 * second.
 *
 *   --grace-seconds N   wait between the switch and deleting the replaced version (default 30;
 *                       0 when no server reads the database)
 *   --force             write the whole seed, even when the database already serves it or
 *                       shares reports with it
 *
 * Exits 0 when the seed is served (loaded now or already), 1 when the load failed (the
 * version served before is still served), 2 on a bad argument or setting.
 */
import neo4j from 'neo4j-driver';
import { ConfigError, loadConfig } from '../server/config.ts';
import { readSeed } from '../server/store/create-store.ts';
import { translateNeo4jError } from '../server/store/neo4j-store.ts';
import { DEFAULT_GRACE_MS, LoadCheckError, loadGraph } from './neo4j/load-graph.ts';

const log = (message: string) => console.log(`load:neo4j: ${message}`);
const fail = (message: string, code: number): never => {
  console.error(`load:neo4j: ${message}`);
  process.exit(code);
};

const args = process.argv.slice(2);
let graceMs = DEFAULT_GRACE_MS;
let force = false;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--force') force = true;
  else if (args[i] === '--grace-seconds') {
    const raw = args[++i] ?? '';
    if (!/^\d+(\.\d+)?$/.test(raw) || Number(raw) > 3600) fail(`--grace-seconds ${JSON.stringify(raw)} is not allowed: use a number of seconds from 0 to 3600`, 2);
    graceMs = Math.round(Number(raw) * 1000);
  } else fail(`unknown argument ${JSON.stringify(args[i])}: use --grace-seconds N and --force`, 2);
}

let config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  fail(error.message, 2);
}
if (!config!.neo4j) fail('set NEO4J_URI (e.g. bolt://127.0.0.1:7687) and NEO4J_PASSWORD', 2);
const { uri, user, password, database } = config!.neo4j!;
let seed;
try {
  seed = await readSeed(config!.seedPath ?? undefined);
} catch (error) {
  fail(`cannot read the seed${config!.seedPath ? ` at SEED_PATH=${config!.seedPath}` : ''}: ${(error as Error).message}`, 2);
}
const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
try {
  const result = await loadGraph(driver, database, seed!, { graceMs, force, log });
  if (!result.skipped) {
    const { unchanged, added, changed, removed } = result.reports;
    log(`seed ${seed!.version} served from ${uri} (${database}) as version ${result.version}: ${result.entities} entities, ${result.relations} relations in ${result.seconds.total} s`
      + ` (${result.mode} load: ${unchanged.length} reports unchanged (copied), ${added.length} new, ${changed.length} changed, ${removed.length} removed;`
      + ` write ${result.seconds.write} s, check ${result.seconds.check} s, delete ${result.seconds.delete} s)`);
  }
} catch (error) {
  const message = error instanceof LoadCheckError ? error.message.replace(/^load:neo4j: /, '') : translateNeo4jError(error).message;
  console.error(`load:neo4j: ${message}; the version served before is still served`);
  process.exitCode = 1;
} finally {
  await driver.close();
}
