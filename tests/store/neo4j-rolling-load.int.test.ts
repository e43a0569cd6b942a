/**
 * A rolling deploy against one real Neo4j: two API servers (child processes, real HTTP) under
 * steady traffic while the loader (`npm run load:neo4j`, a child process too) is killed half
 * way through one load and completes two others. Every answer is checked against what the
 * memory store says for the version the answer reports: each response must be consistent with
 * one version (the project's seed, or a variant without the organisations and 坪石镇), there
 * must be no 5xx and no error, and both servers must move to each new version by themselves.
 *
 * Runs when NEO4J_URI is set; under CI=true it must (it fails without Neo4j). The steps are
 * separate tests, each well under a minute.
 */
import { quoteOf } from '../../graph-seed/seed-reports.ts';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeedArtefact } from '../../graph-seed/types.ts';
import { startChild, type ChildServer } from '../../scripts/bench/measure.ts';
import { syntheticSeed } from '../../scripts/bench/synthetic-seed.ts';
import { MemoryStore } from '../../server/store/memory-store.ts';
import { loadIntoNeo4j, neo4jConfig, neo4jWanted, seed, startLoader, writeSeedFile, type LoaderProcess } from './stores.ts';

/** The project's seed without its organisations and without 坪石镇: another version, as a new release's seed would be. */
function variantOf(base: SeedArtefact): SeedArtefact {
  const dropped = new Set(base.graph.nodes.filter((n) => n.attributes!.type === 'ORGANIZATION' || n.key === 'town:pingshi').map((n) => n.key));
  return {
    ...base,
    version: createHash('sha256').update(`variant of ${base.version}`).digest('hex').slice(0, 16),
    graph: {
      ...base.graph,
      nodes: base.graph.nodes.filter((n) => !dropped.has(n.key)),
      edges: base.graph.edges.filter((e) => !dropped.has(e.source) && !dropped.has(e.target)),
    },
  };
}

const QUERY = `{
  stats { seedVersion entityCount relationCount }
  entities(types: [ORGANIZATION], first: 1) { totalCount }
  pingshi: entity(id: "town:pingshi") { id degree relations { id } mentions { quote } }
  neighborhood(id: "town:lechang", depth: 1, limit: 2000) { nodes { id } relations { id } }
}`;

interface Answer {
  stats: { seedVersion: string; entityCount: number; relationCount: number };
  entities: { totalCount: number };
  pingshi: { id: string; degree: number; relations: { id: string }[]; mentions: { quote: string }[] } | null;
  neighborhood: { nodes: { id: string }[]; relations: { id: string }[] };
}

/** What QUERY must answer for a seed, from the memory store: the independent reference. */
async function expectedAnswer(of: SeedArtefact): Promise<Answer> {
  const store = new MemoryStore(of);
  const stats = await store.stats({ top: 1 });
  const [pingshi] = await store.entitiesByIds(['town:pingshi']);
  const [relations] = await store.relationsOf(['town:pingshi'], { direction: 'BOTH' });
  const around = (await store.neighborhood({ id: 'town:lechang', depth: 1, direction: 'BOTH', limit: 2000 }))!;
  return {
    stats: { seedVersion: stats.seedVersion, entityCount: stats.entityCount, relationCount: stats.relationCount },
    entities: { totalCount: (await store.listEntities({ types: ['ORGANIZATION'], first: 1 })).totalCount },
    pingshi: pingshi ? { id: pingshi.id, degree: pingshi.degree, relations: relations!.map((r) => ({ id: r.id })), mentions: pingshi.mentions.map((m) => ({ quote: quoteOf(of, m) })) } : null,
    neighborhood: { nodes: around.nodes.map((n) => ({ id: n.id })), relations: around.relations.map((r) => ({ id: r.id })) },
  };
}

interface AnswerError {
  path?: (string | number)[];
  extensions?: { code?: string };
}

/**
 * A canonical form of an answer, data and errors: lists sorted, errors as code and path, so
 * two answers of one version compare equal. A version without 坪石镇 answers NOT_FOUND for it.
 */
const canonical = (a: Answer, errors: AnswerError[] = []) => JSON.stringify({
  errors: errors.map((e) => `${e.extensions?.code}@${e.path?.join('.')}`).sort(),
  ...a,
  pingshi: a.pingshi && { ...a.pingshi, relations: a.pingshi.relations.map((r) => r.id).sort() },
  neighborhood: { nodes: a.neighborhood.nodes.map((n) => n.id).sort(), relations: a.neighborhood.relations.map((r) => r.id).sort() },
});

/** Steady traffic against one server: `concurrency` loops, each sending QUERY again as soon as it is answered. */
class Traffic {
  answers = 0;
  wrong: string[] = [];
  /** Answers cut by the server's query timeout: no data, so not wrong, but counted and reported. */
  timeouts = 0;
  serverErrors = 0;
  /** The seed versions answered, in order, without repeats. */
  versions: string[] = [];
  private running = true;
  private readonly loops: Promise<void>[];

  constructor(private readonly server: ChildServer, private readonly expected: Map<string, string>, concurrency: number) {
    this.loops = Array.from({ length: concurrency }, () => this.loop());
  }

  private async loop(): Promise<void> {
    while (this.running) {
      const response = await fetch(`${this.server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
      const body = await response.text();
      this.answers += 1;
      if (response.status >= 500) {
        this.serverErrors += 1;
        continue;
      }
      const parsed = JSON.parse(body) as { data?: Answer; errors?: AnswerError[] };
      if (parsed.errors?.length && parsed.errors.every((e) => e.extensions?.code === 'TIMEOUT')) {
        this.timeouts += 1;
        continue;
      }
      const version = parsed.data?.stats?.seedVersion;
      const got = version ? canonical(parsed.data!, parsed.errors) : null;
      const want = version ? this.expected.get(version) : undefined;
      if (got === null || got !== want) {
        // Where the answer departs from the version it claims, for the failure message.
        let at = 0;
        while (got && want && at < got.length && got[at] === want[at]) at++;
        this.wrong.push(got && want ? `answer of ${version} differs at ${at}: got …${got.slice(Math.max(0, at - 80), at + 120)}… want …${want.slice(Math.max(0, at - 80), at + 120)}…` : body.slice(0, 500));
        continue;
      }
      if (this.versions.at(-1) !== version) this.versions.push(version!);
    }
  }

  /** Resolves once this server has answered with `version` `count` times more, or rejects after `ms`. */
  async until(what: () => boolean, ms: number, label: string): Promise<void> {
    const deadline = Date.now() + ms;
    while (!what()) {
      if (Date.now() > deadline) throw new Error(`${label}: not within ${ms} ms (versions seen ${JSON.stringify(this.versions)}, ${this.answers} answers, ${this.wrong.length} wrong)`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }
}

/**
 * The servers' query timeout, and the loader's grace before it deletes a replaced version:
 * longer than a request can run plus the second a server takes to notice a switch, as in
 * production (10 s and 30 s), scaled down so the test stays short.
 */
const QUERY_TIMEOUT_MS = 5_000;
const GRACE = ['--grace-seconds', '8'];

describe.runIf(neo4jWanted)('two servers, one Neo4j, loads killed and completed under traffic', () => {
  const variant = variantOf(seed);
  const files: string[] = [];
  const servers: ChildServer[] = [];
  const traffic: Traffic[] = [];
  const expected = new Map<string, string>();
  /** The loader running now, if any. */
  let load: LoaderProcess | null = null;

  beforeAll(async () => {
    await loadIntoNeo4j();
    for (const version of [seed, variant]) {
      const answer = await expectedAnswer(version);
      expected.set(version.version, canonical(answer, answer.pingshi ? [] : [{ path: ['pingshi'], extensions: { code: 'NOT_FOUND' } }]));
    }
    // The two versions must tell themselves apart where the query looks.
    expect(expected.get(seed.version)).not.toBe(expected.get(variant.version));
    files.push(writeSeedFile('variant.json', variant), writeSeedFile('killed.json', syntheticSeed({ nodes: 8_000, relations: 16_000, seed: 5 })));
  }, 55_000);

  afterAll(async () => {
    await load?.kill();
    await Promise.all(traffic.map((t) => t.stop()));
    await Promise.all(servers.map((s) => s.stop()));
    for (const file of files) rmSync(file, { force: true });
  }, 30_000);

  it('two servers start on the loaded version and answer steady traffic', async () => {
    for (let i = 0; i < 2; i++) servers.push(await startChild('server/index.ts', { QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS), RESPONSE_CACHE: 'false' }, 30_000));
    for (const server of servers) {
      const ready = await fetch(`${server.url}/readyz`);
      // The server reads the pointer at start; /readyz reads it again.
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ ready: true, store: 'neo4j', seedVersion: seed.version, graphVersion: expect.any(String) });
      traffic.push(new Traffic(server, expected, 1));
    }
    // The first answers are the slowest (each server compiles its queries): a few suffice.
    for (const t of traffic) await t.until(() => t.versions.includes(seed.version) && t.answers >= 3, 40_000, 'first answers');
  }, 55_000);

  it('a load killed half way changes nothing the servers answer', async () => {
    const load = startLoader(files[1]!, GRACE);
    try {
      const [, written, total] = await load.waitFor(/written (\d+) of (\d+) entities/);
      expect(Number(written)).toBeLessThan(Number(total));
    } finally {
      await load.kill();
    }
    const after = traffic.map((t) => t.answers);
    for (const [i, t] of traffic.entries()) await t.until(() => t.answers >= after[i]! + 10, 20_000, 'answers after the kill');
    for (const t of traffic) expect(t.versions).toEqual([seed.version]);
  }, 50_000);

  // Each completing load is two steps, so that neither nears a minute on a busy machine: the
  // switch, seen by both servers; then the loader's exit, once it has deleted what it replaced.
  it('a load that completes is served by both servers without a restart', async () => {
    load = startLoader(files[0]!, GRACE);
    await load.waitFor(/switched to version/);
    for (const t of traffic) await t.until(() => t.versions.at(-1) === variant.version, 10_000, 'the new version served');
  }, 55_000);

  it('the loader deletes the replaced version after its grace, and exits 0', async () => {
    expect(await load!.exited, load!.output()).toBe(0);
    expect(load!.output()).toMatch(/deleted .* in batches/);
  }, 55_000);

  it('loading the first seed again switches both back', async () => {
    load = startLoader(null, GRACE);
    await load.waitFor(/switched to version/);
    for (const t of traffic) await t.until(() => t.versions.at(-1) === seed.version, 10_000, 'the first version served again');
  }, 55_000);

  it('that loader too exits 0 once it has deleted what it replaced, and traffic goes on', async () => {
    expect(await load!.exited, load!.output()).toBe(0);
    const after = traffic.map((t) => t.answers);
    for (const [i, t] of traffic.entries()) await t.until(() => t.answers >= after[i]! + 10, 30_000, 'answers after the switch back');
  }, 55_000);

  it('no wrong answer, no 5xx, each server saw each version in turn, and only the served version is left', async () => {
    await Promise.all(traffic.map((t) => t.stop()));
    for (const t of traffic) {
      expect(t.wrong, t.wrong[0]).toEqual([]);
      expect(t.serverErrors).toBe(0);
      console.log(`rolling load: ${t.answers} answers, versions ${t.versions.join(' → ')}, ${t.timeouts} cut by the ${QUERY_TIMEOUT_MS} ms query timeout`);
      expect(t.versions).toEqual([seed.version, variant.version, seed.version]);
      expect(t.answers).toBeGreaterThan(40);
    }
    const config = neo4jConfig();
    const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), { disableLosslessIntegers: true });
    try {
      const db = { database: config.database };
      const versions = await driver.executeQuery('MATCH (g:GraphVersion) RETURN collect(g.state) AS states', {}, db);
      expect(versions.records[0]!.get('states')).toEqual(['live']);
      const stray = await driver.executeQuery(
        "MATCH (p:GraphPointer {key: 'current'}) MATCH (n) WHERE (n:Entity OR n:Section) AND (n.version IS NULL OR n.version <> p.version) RETURN count(n) AS n", {}, db,
      );
      expect(stray.records[0]!.get('n')).toBe(0);
    } finally {
      await driver.close();
    }
  }, 30_000);
});
