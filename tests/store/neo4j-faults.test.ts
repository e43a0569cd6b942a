/**
 * Neo4j failing under a running server, for real: the local Neo4j is stopped and started again
 * (npm run neo4j:stop / neo4j:start), a load is killed half way, credentials are wrong, the
 * server is started with no Neo4j at all. Runs when NEO4J_URI is set; under CI=true it must.
 */
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serialiseSeed } from '../../graph-seed/paths.ts';
import { loadConfig } from '../../server/config.ts';
import { loadStamp, loadedStamp } from '../../server/store/neo4j-schema.ts';
import { Neo4jStore } from '../../server/store/neo4j-store.ts';
import { createApp } from '../../server/yoga.ts';
import { syntheticSeed } from '../../scripts/bench/synthetic-seed.ts';
import { neo4jWanted, openNeo4jStore, seed } from './stores.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const runner = (command: 'start' | 'stop') => {
  const result = spawnSync('npx', ['tsx', 'scripts/neo4j/neo4j.ts', command], { cwd: root, encoding: 'utf8', env: process.env });
  if (result.status !== 0) throw new Error(`neo4j ${command} failed: ${result.stderr}${result.stdout}`);
};
const query = (app: ReturnType<typeof createApp>, q: string) =>
  Promise.resolve(app.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) })).then((r) => r.json());

describe.runIf(neo4jWanted)('Neo4j faults', () => {
  let store: Neo4jStore;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    store = await openNeo4jStore();
    app = createApp({ store, config: loadConfig({ ...process.env, QUERY_TIMEOUT_MS: '5000' }) });
  }, 180_000);
  afterAll(async () => {
    await store?.close();
  });

  it('Neo4j stopped under load: requests fail fast with STORE_UNAVAILABLE, and service resumes by itself when it returns', async () => {
    expect((await query(app, '{ stats { entityCount } }')).data.stats.entityCount).toBe(seed.graph.nodes.length);
    runner('stop');
    try {
      const started = Date.now();
      const answers = await Promise.all(Array.from({ length: 20 }, () => query(app, '{ entity(id: "town:pingshi") { name } }')));
      expect(Date.now() - started).toBeLessThan(15_000);
      for (const answer of answers) expect(answer.errors[0].extensions.code).toBe('STORE_UNAVAILABLE');
      const ready = await app.fetch('http://test/readyz');
      expect(ready.status).toBe(503);
      expect((await ready.json()).reason).toMatch(/not reachable/);
    } finally {
      runner('start');
    }
    const back = Date.now();
    let answer: { data?: { entity?: { name: string } } } = {};
    while (Date.now() - back < 60_000 && !answer.data?.entity) {
      answer = await query(app, '{ entity(id: "town:pingshi") { name } }');
      if (!answer.data?.entity) await new Promise((r) => setTimeout(r, 250));
    }
    expect(answer.data?.entity?.name).toBe('坪石镇');
    expect((await app.fetch('http://test/readyz')).status).toBe(200);
  }, 180_000);

  it('a load killed half way leaves the previous seed serving, whole', async () => {
    const path = join(tmpdir(), 'lechang-interrupted-load.json');
    writeFileSync(path, serialiseSeed(syntheticSeed({ nodes: 40_000, relations: 200_000, seed: 9 })));
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/load-neo4j.ts'], { cwd: root, env: { ...process.env, SEED_PATH: path }, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    while (!output.includes('in one transaction') && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
    // Well inside the transaction: the schema exists, so writing has begun.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(child.exitCode, output).toBeNull();
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const config = loadConfig(process.env).neo4j!;
    const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), { disableLosslessIntegers: true });
    try {
      expect(await loadedStamp(driver, config.database)).toBe(loadStamp(seed));
      const counts = await driver.executeQuery('MATCH (n:Entity) RETURN count(n) AS n', {}, { database: config.database });
      expect(counts.records[0]!.get('n')).toBe(seed.graph.nodes.length);
    } finally {
      await driver.close();
    }
    expect((await query(app, '{ stats { entityCount relationCount } }')).data.stats).toEqual({ entityCount: seed.graph.nodes.length, relationCount: seed.graph.edges.length });
  }, 120_000);

  it('wrong credentials: not ready, with a message naming the variables to check', async () => {
    const config = loadConfig(process.env).neo4j!;
    const wrong = new Neo4jStore({ config: { ...config, password: 'not-the-password' }, timeoutMs: 5_000, retryMs: 60_000 });
    try {
      const health = await wrong.health();
      expect(health.ready).toBe(false);
      expect(health.reason).toContain('NEO4J_PASSWORD');
      expect(JSON.stringify(health)).not.toContain('not-the-password');
    } finally {
      await wrong.close();
    }
  }, 60_000);
});

describe('Neo4j unreachable at start', () => {
  it('the server still starts, /readyz says why, and queries get STORE_UNAVAILABLE at once', async () => {
    const config = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'irrelevant-secret' });
    const down = new Neo4jStore({ config: config.neo4j!, timeoutMs: 2_000, retryMs: 60_000 });
    void down.start();
    const app = createApp({ store: down, config });
    try {
      const ready = await app.fetch('http://test/readyz');
      expect(ready.status).toBe(503);
      const body = await ready.json();
      expect(body).toMatchObject({ ready: false, store: 'neo4j' });
      expect(JSON.stringify(body)).not.toContain('irrelevant-secret');
      const started = Date.now();
      const answer = await query(app, '{ entity(id: "town:pingshi") { name } }');
      expect(answer.errors[0].extensions.code).toBe('STORE_UNAVAILABLE');
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await down.close();
    }
  }, 30_000);
});
