/**
 * The loader writes only what changed: a seed that shares reports with the served version is
 * loaded by copying the unchanged reports' data inside Neo4j and writing the rest from the seed
 * (scripts/neo4j/load-graph.ts). The judge is a full load of the same seed: every node and
 * relationship of the incremental version, with all their properties, must be those of a full
 * load (staged beside it in the same database). Seeds are real: Lechang and national reports
 * from ../shared/reports/national, joined by buildCorpusSeed (with the layout, so x and y of
 * every entity move when a report is added, as they do in a real ingest).
 */
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultBuildInput } from '../../graph-seed/build-seed.ts';
import { buildCorpusSeed, type CorpusReportInput } from '../../graph-seed/corpus.ts';
import { readInputs } from '../../graph-seed/ingest/read-inputs.ts';
import type { SeedArtefact } from '../../graph-seed/types.ts';
import { deleteVersion, loadGraph, type LoadResult } from '../../scripts/neo4j/load-graph.ts';
import { loadStamp, loadedStamp } from '../../server/store/neo4j-schema.ts';
import { neo4jConfig, neo4jWanted, seed as projectSeed, startLoader, writeSeedFile } from './stores.ts';

const NATIONAL = fileURLToPath(new URL('../../../shared/reports/national', import.meta.url));

/** Every node and relationship of one version, properties included (less `version`), in a stable order. */
async function dump(driver: Driver, database: string, version: string) {
  const { records: nodes } = await driver.executeQuery(
    `MATCH (n) WHERE n.version = $v AND NOT n:GraphVersion AND NOT n:GraphPointer
     WITH n, labels(n) AS labels ORDER BY labels, n.id
     RETURN labels, properties(n) AS p`,
    { v: version }, { database },
  );
  const { records: relations } = await driver.executeQuery(
    `MATCH (a:Entity {version: $v})-[r]->(b)
     WITH a, r, b ORDER BY type(r), a.id, b.id
     RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS p, b.version = $v AS sameVersion`,
    { v: version }, { database },
  );
  const strip = (p: Record<string, unknown>) => Object.fromEntries(Object.entries(p).filter(([k]) => k !== 'version').sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    nodes: nodes.map((r) => ({ labels: [...(r.get('labels') as string[])].sort(), ...strip(r.get('p') as Record<string, unknown>) })),
    relations: relations.map((r) => ({ type: r.get('type'), source: r.get('source'), target: r.get('target'), sameVersion: r.get('sameVersion'), ...strip(r.get('p') as Record<string, unknown>) })),
  };
}

describe.runIf(neo4jWanted)('loading report by report: only what changed is written, and the graph is that of a full load', () => {
  let driver: Driver;
  let database: string;
  let inputs: Map<string, CorpusReportInput>;
  const corpus = (...years: string[]) => buildCorpusSeed(defaultBuildInput(), years.map((y) => inputs.get(y)!));
  const load = (seed: SeedArtefact, options: Parameters<typeof loadGraph>[3] = {}) => loadGraph(driver, database, seed, { graceMs: 0, ...options });

  /** Loads `seed` fully as a staged version and expects the served (incremental) version to equal it, node for node. */
  async function expectSameAsFullLoad(seed: SeedArtefact, incremental: LoadResult) {
    const full = await load(seed, { force: true, switchTo: false });
    expect(full.mode).toBe('full');
    try {
      const [a, b] = await Promise.all([dump(driver, database, incremental.version!), dump(driver, database, full.version!)]);
      // Which nodes first (a readable difference), then everything.
      const key = (n: Record<string, unknown>) => `${(n.labels as string[]).join(':')}/${n.id as string}`;
      expect(a.nodes.map(key)).toEqual(b.nodes.map(key));
      expect(a.nodes.length).toBe(seed.reports.length + seed.sections.length + seed.graph.nodes.length);
      expect(a.relations.length).toBe(seed.graph.edges.length);
      expect(a.relations.every((r) => r.sameVersion)).toBe(true);
      expect(a.nodes).toEqual(b.nodes);
      expect(a.relations).toEqual(b.relations);
    } finally {
      await deleteVersion(driver, database, full.version!);
    }
  }

  beforeAll(async () => {
    if (!existsSync(NATIONAL)) throw new Error(`no national reports at ${NATIONAL}: the test reads ../shared/reports/national`);
    const config = neo4jConfig();
    database = config.database;
    driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), { disableLosslessIntegers: true });
    inputs = new Map((await readInputs([NATIONAL])).map((i) => [i.file.replace(/.*\/(\d{4})\.txt$/, '$1'), i]));
    const first = await load(corpus('2021', '2022'));
    expect(first.version).not.toBeNull();
  }, 300_000);

  afterAll(async () => {
    // The other suites read the project's seed: serve it again.
    await load(projectSeed).catch(() => {});
    await driver?.close();
  }, 300_000);

  it('adding one report copies the three others and writes only the new one (goals of 2022 get their 2023 results)', async () => {
    const seed = corpus('2021', '2022', '2023');
    const result = await load(seed);
    expect(result.mode).toBe('incremental');
    expect(result.reports).toEqual({ unchanged: ['report:lechang-2021', 'report:cn-2021', 'report:cn-2022'], added: ['report:cn-2023'], changed: [], removed: [] });
    // The cross-report relation from a 2023 result to its 2022 goal is there.
    const { records } = await driver.executeQuery(
      `MATCH (r:Entity {version: $v})-[:RESULT_OF]->(g:Entity) WHERE g.reportId = 'report:cn-2022' AND r.reportId = 'report:cn-2023' RETURN count(*) AS n`,
      { v: result.version }, { database },
    );
    expect(records[0]!.get('n')).toBeGreaterThan(0);
    await expectSameAsFullLoad(seed, result);
  }, 300_000);

  it('removing a report drops it and what stood only in it, and patches what it shared', async () => {
    const seed = corpus('2021', '2023');
    const result = await load(seed);
    expect(result.mode).toBe('incremental');
    expect(result.reports).toEqual({ unchanged: ['report:lechang-2021', 'report:cn-2021', 'report:cn-2023'], added: [], changed: [], removed: ['report:cn-2022'] });
    await expectSameAsFullLoad(seed, result);
  }, 300_000);

  it("a report whose text changed is written again, the others copied", async () => {
    const before = inputs.get('2023')!;
    const edited = { ...before, raw: before.raw.replace('粮食产量', '粮食总产量'), sha256: undefined };
    expect(edited.raw).not.toBe(before.raw);
    const seed = buildCorpusSeed(defaultBuildInput(), [inputs.get('2021')!, edited]);
    const result = await load(seed);
    expect(result.mode).toBe('incremental');
    expect(result.reports).toEqual({ unchanged: ['report:lechang-2021', 'report:cn-2021'], added: [], changed: ['report:cn-2023'], removed: [] });
    await expectSameAsFullLoad(seed, result);
  }, 300_000);

  it('an incremental load killed while it copies leaves the served version serving, and the next load deletes what it left', async () => {
    const served = await loadedStamp(driver, database);
    const seed = corpus('2021', '2022', '2023');
    const path = writeSeedFile('incremental-killed.json', seed);
    const loader = startLoader(path, ['--grace-seconds', '0']);
    try {
      const [, version] = await loader.waitFor(/writing version (\S+)/);
      await loader.waitFor(/reports unchanged \(copied\), 1 new/);
      await loader.kill();
      expect(await loadedStamp(driver, database)).toBe(served);
      const next = await load(seed);
      expect(next.mode).toBe('incremental');
      expect(next.deleted).toContain(version);
      expect(await loadedStamp(driver, database)).toBe(loadStamp(seed));
      const { records } = await driver.executeQuery('MATCH (n {version: $v}) RETURN count(n) AS n', { v: version }, { database });
      expect(records[0]!.get('n')).toBe(0);
      await expectSameAsFullLoad(seed, next);
    } finally {
      await loader.kill();
      rmSync(path, { force: true });
    }
  }, 300_000);

  it('--force writes the whole seed again, and the served seed again is a no-op', async () => {
    const seed = corpus('2021', '2023');
    const forced = await load(seed, { force: true });
    expect(forced.mode).toBe('full');
    expect(forced.reports.added).toHaveLength(3);
    const again = await load(seed);
    expect(again.skipped).toBe(true);
  }, 300_000);
});
