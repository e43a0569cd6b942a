/**
 * Loading a seed into Neo4j as a new graph version, beside the one being served, and switching
 * to it: the deploy step behind `npm run load:neo4j`. The API server never writes; this does.
 *
 *  1. Constraints and indexes (neo4j-schema.ts's layout), then the load lock: a transaction
 *     that holds a write lock on one (:GraphLoadLock) node for as long as the load runs. A
 *     second loader waits for it; a loader that is killed drops its connection, Neo4j rolls
 *     the transaction back, and the lock is free again, with nothing to expire or clean.
 *  2. Leftovers of earlier loads are deleted: versions a killed load left half written, and
 *     versions replaced longer ago than the grace (a loader killed before deleting them).
 *  3. The seed is written as a new version. When a version is served, each report's hashes
 *     (the sha256 of its text and of its slice of the graph, on its (:Report) node) tell which
 *     reports are unchanged: their sections, their entities and their relations are copied
 *     inside Neo4j from the served version (`CALL { … } IN TRANSACTIONS`, nothing re-sent from
 *     here), and only new and changed reports are written from the seed, with what spans
 *     reports (entities also named in another report, relations evidenced in several, such as
 *     RESULT_OF from a result to last year's goal) and the graph-wide fields of copied entities
 *     (degree, layout place). The result is the graph a full load writes (the test
 *     tests/store/neo4j-load-incremental.test.ts compares them node by node). Otherwise, or
 *     with `force`, the whole seed is written, report by report (each report's (:Report) node,
 *     its sections and the entities first mentioned in it), then the relations. Writes go in
 *     UNWIND batches, each its own transaction, so a graph of any size loads in bounded memory.
 *     Nothing reads it: the pointer names another.
 *  4. It is checked: counts by type and per report (sections, entities standing in it) against
 *     the seed, the constraints online, and a sample of the store's own queries
 *     (Neo4jVersionReader) answering as the seed says.
 *  5. The pointer is switched in one transaction; the version it named is marked retired.
 *     Readers see the old version or the new one, never a mix: each query, and each request
 *     (one view per request), names its version.
 *  6. After the grace (longer than a server's poll, its staleness bound and a query's
 *     timeout), retired versions are deleted in batches of relationships, then of nodes, so
 *     a version of any size is deleted without one transaction holding it all.
 *
 * A load that fails or is killed at any step before 5 leaves the served version as it was.
 */
import { quoteOf } from '../../graph-seed/seed-reports.ts';
import { randomBytes } from 'node:crypto';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { RelationType, SeedArtefact } from '../../graph-seed/types.ts';
import {
  BATCH_SIZE, GRAPH_WIDE_ENTITY_FIELDS, LAYOUT, REQUIRED_CONSTRAINTS, SCHEMA_STATEMENTS, TYPE_LABEL, batches, loadStamp, seedRows, servedVersion, type SeedRows,
} from '../../server/store/neo4j-schema.ts';
import { Neo4jVersionReader } from '../../server/store/neo4j-store.ts';

/** Default wait between the switch and deleting what it replaced: see Neo4jStoreOptions.staleMs. */
export const DEFAULT_GRACE_MS = 30_000;

/** Rows deleted per transaction when a version is deleted. */
const DELETE_BATCH = 10_000;

export interface LoadOptions {
  /** Wait after the switch before deleting replaced versions, in milliseconds (default 30 s). */
  graceMs?: number;
  /** Rows per write transaction (default BATCH_SIZE). */
  batchSize?: number;
  /**
   * Write the whole seed, even when the version served was loaded from the same rows (same
   * stamp) or shares reports with it (without it, unchanged reports are copied inside Neo4j).
   */
  force?: boolean;
  /**
   * false: write and check the version but do not switch to it; it stays, in state 'staged',
   * until deleteVersion removes it (no load's clean-up touches it). For reading a second graph
   * beside the served one through a Neo4jVersionReader (tests). Default true.
   */
  switchTo?: boolean;
  /** Timeout of each check query, in milliseconds. */
  checkTimeoutMs?: number;
  log?: (message: string) => void;
}

export interface LoadResult {
  /** The id of the version loaded and switched to; null when skipped. */
  version: string | null;
  /** True when the database already served this seed's rows, so nothing was written. */
  skipped: boolean;
  /** The version the switch replaced, if any. */
  replaced: string | null;
  entities: number;
  relations: number;
  sections: number;
  /** 'incremental' when unchanged reports were copied from the served version, 'full' when the whole seed was written. */
  mode: 'full' | 'incremental';
  /** What the load did with each report (a full load counts every report as added). */
  reports: ReportChanges;
  /** Versions deleted by this load (replaced ones, and leftovers of earlier loads). */
  deleted: string[];
  seconds: { write: number; check: number; delete: number; total: number };
}

/** The new version failed its check; it is deleted, and the served version stays. */
export class LoadCheckError extends Error {
  override readonly name = 'LoadCheckError';
}

/** Constraints and indexes of the layout, created before any data; waits until they are online. */
export async function ensureSchema(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const statement of SCHEMA_STATEMENTS) await session.run(statement);
    await session.run('CALL db.awaitIndexes(300)');
    await session.run("MERGE (:GraphLoadLock {key: 'load'})");
  } finally {
    await session.close();
  }
}

/** Takes the load lock (see the header); resolves once held. release() frees it. */
async function takeLoadLock(driver: Driver, database: string, holder: string, log: (m: string) => void) {
  const session = driver.session({ database });
  const tx = session.beginTransaction();
  const waiting = setTimeout(() => log('waiting for another load to finish (it holds the load lock)'), 2_000);
  try {
    await tx.run("MATCH (l:GraphLoadLock {key: 'load'}) SET l.holder = $holder, l.since = datetime()", { holder });
  } catch (error) {
    await session.close();
    throw error;
  } finally {
    clearTimeout(waiting);
  }
  return {
    /** Fails if the lock's transaction is gone (a server-side transaction timeout, say). */
    async confirm(): Promise<void> {
      await tx.run('RETURN 1');
    },
    async release(): Promise<void> {
      try {
        if (tx.isOpen()) await tx.rollback();
      } finally {
        await session.close();
      }
    },
  };
}

/** A new version's id: when the load began, and a random suffix. */
function newVersionId(): string {
  return `${new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${randomBytes(3).toString('hex')}`;
}

/**
 * Deletes one version in batches: its relationships, its entities, its sections, then its
 * (:GraphVersion) node, each `IN TRANSACTIONS` of DELETE_BATCH rows. With `id` null, deletes
 * the graph an older release wrote (nodes without a version, and its (:SeedMeta) stamp).
 */
export async function deleteVersion(driver: Driver, database: string, id: string | null): Promise<void> {
  const session = driver.session({ database });
  const which = id === null ? 'WHERE n.version IS NULL' : 'WHERE n.version = $v';
  try {
    await session.run(`MATCH (n:Entity) ${which} MATCH (n)-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF ${DELETE_BATCH} ROWS`, { v: id });
    await session.run(`MATCH (n:Entity) ${which} CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF ${DELETE_BATCH} ROWS`, { v: id });
    await session.run(`MATCH (n:Section) ${which} CALL { WITH n DELETE n } IN TRANSACTIONS OF ${DELETE_BATCH} ROWS`, { v: id });
    await session.run(`MATCH (n:Report) ${which} CALL { WITH n DELETE n } IN TRANSACTIONS OF ${DELETE_BATCH} ROWS`, { v: id });
    if (id === null) await session.run('MATCH (m:SeedMeta) DELETE m');
    else await session.run('MATCH (g:GraphVersion {id: $v}) DELETE g', { v: id });
  } finally {
    await session.close();
  }
}

/**
 * Deletes what no server reads: versions left half written or failed, versions retired at
 * least `retiredForMs` ago, and an older release's graph once a version is served. Returns
 * the ids deleted ('legacy' for the older release's graph). Only under the load lock.
 */
async function deleteUnserved(driver: Driver, database: string, retiredForMs: number, keep: string | null): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (g:GraphVersion) WHERE g.id <> coalesce($keep, '') AND (g.state IN ['loading', 'failed']
       OR (g.state = 'retired' AND g.retiredAt <= datetime() - duration({milliseconds: $retiredForMs})))
     RETURN g.id AS id ORDER BY id`,
    { keep, retiredForMs }, { database },
  );
  const ids = records.map((r) => r.get('id') as string);
  for (const id of ids) await deleteVersion(driver, database, id);
  const legacy = await driver.executeQuery(
    "MATCH (:GraphPointer {key: 'current'}) MATCH (m:SeedMeta) RETURN count(m) > 0 AS legacy",
    {}, { database },
  );
  if (legacy.records[0]?.get('legacy') && retiredForMs === 0) {
    await deleteVersion(driver, database, null);
    ids.push('legacy');
  }
  return ids;
}

/** Which of the seed's rows a load writes from Node (the rest it copies inside Neo4j); see writeVersion. */
interface SeedSelection {
  section(row: { reportId: string }): boolean;
  entity(row: Record<string, unknown>): boolean;
  relation(type: RelationType, row: Record<string, unknown>): boolean;
}
const ALL_ROWS: SeedSelection = { section: () => true, entity: () => true, relation: () => true };

/**
 * Writes the rows as version `id` (those `only` selects; every report node in any case): the
 * reports, sections and entities, then relations (which find their ends among the entities
 * already written). Statements are packed into transactions of at
 * most `batchSize` rows, whatever their type, so a small seed costs a commit or two and a
 * large one bounded memory per commit. Logs progress at most once a second.
 */
async function writeVersion(driver: Driver, database: string, id: string, rows: SeedRows, batchSize: number, log: (m: string) => void, only: SeedSelection = ALL_ROWS) {
  type Statement = { what: 'reports' | 'entities' | 'relations' | 'sections'; cypher: string; rows: Record<string, unknown>[] };
  // One statement per batch of one kind, whatever report the rows belong to: writing report by
  // report made a thousand-report corpus cost several small statements per report (145 rows/s).
  // The version is switched to as a whole, so the order of writes inside it is free.
  const statements: Statement[] = [
    { what: 'reports', rows: rows.reports, cypher: 'UNWIND $rows AS row CREATE (r:Report) SET r = row, r.version = $version' },
  ];
  for (const batch of batches(rows.sections.filter((s) => only.section(s)), batchSize)) {
    statements.push({ what: 'sections', rows: batch, cypher: 'UNWIND $rows AS row CREATE (s:Section) SET s = row, s.version = $version' });
  }
  for (const [type, list] of rows.entities) {
    // The label is one of TYPE_LABEL's fixed names, never input.
    for (const batch of batches(list.filter((row) => only.entity(row)), batchSize)) {
      statements.push({ what: 'entities', rows: batch, cypher: `UNWIND $rows AS row CREATE (n:Entity:${TYPE_LABEL[type]}) SET n = row, n.version = $version` });
    }
  }
  for (const [type, all] of rows.relations) {
    const list = all.filter((row) => only.relation(type, row));
    // The relationship type is one of RELATION_TYPES, never input.
    for (const batch of batches(list, batchSize)) {
      statements.push({
        what: 'relations', rows: batch,
        cypher: `UNWIND $rows AS row MATCH (a:Entity {version: $version, id: row.source}) MATCH (b:Entity {version: $version, id: row.target})
                 CREATE (a)-[r:${type}]->(b) SET r.evidenceJson = row.evidenceJson, r.reportIds = row.reportIds`,
      });
    }
  }

  const transactions: Statement[][] = [];
  let size = Infinity;
  for (const statement of statements) {
    if (size + statement.rows.length > batchSize) {
      transactions.push([]);
      size = 0;
    }
    transactions.at(-1)!.push(statement);
    size += statement.rows.length;
  }
  const total = { reports: 0, entities: 0, relations: 0, sections: 0 };
  for (const st of statements) total[st.what] += st.rows.length;
  const done = { reports: 0, entities: 0, relations: 0, sections: 0 };
  let logged = 0;
  const session = driver.session({ database });
  try {
    for (const [n, transaction] of transactions.entries()) {
      await session.executeWrite(async (tx: ManagedTransaction) => {
        for (const st of transaction) await tx.run(st.cypher, { rows: st.rows, version: id });
      });
      for (const st of transaction) done[st.what] += st.rows.length;
      if (Date.now() - logged >= 1_000 || n === transactions.length - 1) {
        logged = Date.now();
        log(`written ${done.entities} of ${total.entities} entities, ${done.relations} of ${total.relations} relations, ${done.sections} of ${total.sections} sections of ${total.reports} reports`);
      }
    }
  } finally {
    await session.close();
  }
}

/** Rows per transaction when a load copies an unchanged report's data from the served version. */
const COPY_BATCH = 10_000;

/** What a load does with each report of the seed, against the version served. */
export interface ReportChanges {
  /** In the served version with the same text and slice hash: copied inside Neo4j. */
  unchanged: string[];
  /** Not in the served version: written from the seed. */
  added: string[];
  /** In the served version with another text or slice hash: written from the seed. */
  changed: string[];
  /** In the served version, not in the seed: left out of the new version. */
  removed: string[];
}

/**
 * How a load builds the new version from the served one (see planIncremental): the reports by
 * what happens to them, the ids the copy must skip, and the graph-wide fields to set on copies.
 */
interface IncrementalPlan {
  from: string;
  reports: ReportChanges;
  /** Entities standing only in unchanged reports in the served version that the seed also places in another: written from the seed. */
  entityExclude: Record<string, true>;
  /** id, degree, x, y of copied entities whose graph-wide fields (GRAPH_WIDE_ENTITY_FIELDS) the seed changes. */
  patches: Record<string, unknown>[];
  /** What is written from the seed: everything not copied. */
  only: SeedSelection;
}

/**
 * Compares the seed's reports with those of version `from` by their hashes (textSha256, the
 * sha256 of the report's text, and sliceHash, its slice of the graph: see seedRows) and works
 * out what a load can copy inside Neo4j: the sections of unchanged reports, the entities standing
 * only in unchanged reports (in both the served version and the seed), and the relations
 * evidenced in one unchanged report alone (the slice hash holds them, so they are the same in
 * both); relations spanning reports are written from the seed. Reads from Neo4j only the
 * hashes and the copied entities' graph-wide fields (to patch those that changed). Returns a reason instead when a
 * full load is needed: no hashes (a version from before them), no unchanged report, or the
 * unchanged reports in another order (lists of report ids on entities follow the seed's order).
 */
async function planIncremental(driver: Driver, database: string, from: string, rows: SeedRows): Promise<IncrementalPlan | string> {
  const { records: old } = await driver.executeQuery(
    'MATCH (r:Report {version: $v}) RETURN r.id AS id, r.textSha256 AS text, r.sliceHash AS slice ORDER BY r.order',
    { v: from }, { database },
  );
  if (old.length === 0 || old.some((r) => !r.get('text') || !r.get('slice'))) return `the served version ${from} has no report hashes (it was loaded by an older release)`;
  const oldHash = new Map(old.map((r) => [r.get('id') as string, `${r.get('text') as string}/${r.get('slice') as string}`]));
  const newIds = rows.reports.map((r) => r.id as string);
  const reports: ReportChanges = { unchanged: [], added: [], changed: [], removed: [...oldHash.keys()].filter((id) => !newIds.includes(id)) };
  for (const r of rows.reports) {
    const before = oldHash.get(r.id as string);
    if (before === undefined) reports.added.push(r.id as string);
    else reports[before === `${r.textSha256 as string}/${r.sliceHash as string}` ? 'unchanged' : 'changed'].push(r.id as string);
  }
  if (reports.unchanged.length === 0) return `no report of the served version ${from} is unchanged`;
  const unchanged = new Set(reports.unchanged);
  if (JSON.stringify([...oldHash.keys()].filter((id) => unchanged.has(id))) !== JSON.stringify(reports.unchanged)) {
    return 'the unchanged reports come in another order than in the served version';
  }
  const onlyUnchanged = (ids: unknown) => Array.isArray(ids) && ids.length > 0 && ids.every((id) => unchanged.has(id as string));
  const ofOneUnchanged = (ids: unknown) => Array.isArray(ids) && ids.length === 1 && unchanged.has(ids[0] as string);

  // Entities: those the served version holds within unchanged reports, and their graph-wide fields.
  const seedEntity = new Map<string, Record<string, unknown>>();
  for (const list of rows.entities.values()) for (const row of list) seedEntity.set(row.id as string, row);
  const { records: candidates } = await driver.executeQuery(
    `MATCH (n:Entity {version: $v}) WHERE size(n.reportIds) > 0 AND all(r IN n.reportIds WHERE r IN $unchanged)
     RETURN n.id AS id, [${GRAPH_WIDE_ENTITY_FIELDS.map((f) => `n.${f}`).join(', ')}] AS fields`,
    { v: from, unchanged: reports.unchanged }, { database },
  );
  const copied = new Set<string>();
  const entityExclude: Record<string, true> = {};
  const patches: Record<string, unknown>[] = [];
  for (const record of candidates) {
    const id = record.get('id') as string;
    const row = seedEntity.get(id);
    if (!row || !onlyUnchanged(row.reportIds)) {
      entityExclude[id] = true;
      continue;
    }
    copied.add(id);
    const before = record.get('fields') as unknown[];
    if (GRAPH_WIDE_ENTITY_FIELDS.some((f, i) => (row[f] ?? null) !== (before[i] ?? null))) {
      patches.push(Object.fromEntries([['id', id], ...GRAPH_WIDE_ENTITY_FIELDS.map((f) => [f, row[f] ?? null])]));
    }
  }

  return {
    from, reports, entityExclude, patches,
    only: {
      section: (row) => !unchanged.has(row.reportId),
      entity: (row) => !copied.has(row.id as string),
      relation: (_type, row) => !ofOneUnchanged(row.reportIds),
    },
  };
}

/**
 * Copies the sections and entities of the plan's unchanged reports from the served version to
 * version `to`, inside Neo4j (`CALL { … } IN TRANSACTIONS` of COPY_BATCH rows: nothing passes
 * through the loader), then sets the graph-wide fields the seed changed on the copies.
 */
async function copyNodes(driver: Driver, database: string, plan: IncrementalPlan, to: string, batchSize: number): Promise<void> {
  const session = driver.session({ database });
  const params = { from: plan.from, to, unchanged: plan.reports.unchanged, exclude: plan.entityExclude };
  try {
    await session.run(
      `MATCH (s:Section {version: $from}) WHERE s.reportId IN $unchanged
       CALL { WITH s CREATE (c:Section) SET c = s {.*, version: $to} } IN TRANSACTIONS OF ${COPY_BATCH} ROWS`,
      params,
    );
    // One statement for every type: the copy takes the labels the served node has (Entity and
    // its type's, written by an earlier load from TYPE_LABEL), so no input names a label.
    await session.run(
      `MATCH (n:Entity {version: $from}) WHERE size(n.reportIds) > 0 AND all(r IN n.reportIds WHERE r IN $unchanged) AND $exclude[n.id] IS NULL
       CALL { WITH n CREATE (c:$(labels(n))) SET c = n {.*, version: $to} } IN TRANSACTIONS OF ${COPY_BATCH} ROWS`,
      params,
    );
    const set = GRAPH_WIDE_ENTITY_FIELDS.map((f) => `n.${f} = row.${f}`).join(', ');
    for (const batch of batches(plan.patches, batchSize)) {
      await session.executeWrite((tx) => tx.run(`UNWIND $rows AS row MATCH (n:Entity {version: $to, id: row.id}) SET ${set}`, { rows: batch, to }));
    }
  } finally {
    await session.close();
  }
}

/**
 * Copies the relations evidenced in one unchanged report alone to version `to`, between its
 * entities, inside Neo4j (see copyNodes).
 */
async function copyRelations(driver: Driver, database: string, plan: IncrementalPlan, to: string): Promise<void> {
  const session = driver.session({ database });
  try {
    // One statement for every type: the copy takes the served relationship's type (written by
    // an earlier load from RELATION_TYPES), so no input names a type.
    await session.run(
      `MATCH (a:Entity {version: $from})-[r]->(b:Entity)
       WHERE size(r.reportIds) = 1 AND r.reportIds[0] IN $unchanged
       CALL { WITH a, b, r
         MATCH (c:Entity {version: $to, id: a.id}) MATCH (d:Entity {version: $to, id: b.id})
         CREATE (c)-[e:$(type(r))]->(d) SET e = properties(r) } IN TRANSACTIONS OF ${COPY_BATCH} ROWS`,
      { from: plan.from, to, unchanged: plan.reports.unchanged },
    );
  } finally {
    await session.close();
  }
}

/**
 * Checks version `id` before anything reads it: counts by type, the constraints online, and
 * the store's own queries on a sample of entities. Throws LoadCheckError naming the first
 * thing that is not as the seed says.
 */
async function checkVersion(driver: Driver, database: string, id: string, seed: SeedArtefact, rows: SeedRows, stamp: string, timeoutMs: number) {
  const fail = (what: string): never => {
    throw new LoadCheckError(`load:neo4j: the new version ${id} is not as the seed says: ${what}`);
  };
  const count = async (cypher: string) => {
    const { records } = await driver.executeQuery(cypher, { v: id }, { database });
    return new Map(records.map((r) => [r.get('type') as string, r.get('n') as number]));
  };
  const entities = await count('MATCH (n:Entity {version: $v}) RETURN n.type AS type, count(*) AS n');
  for (const [type, list] of rows.entities) if ((entities.get(type) ?? 0) !== list.length) fail(`${entities.get(type) ?? 0} ${type} entities, not ${list.length}`);
  const relations = await count('MATCH (:Entity {version: $v})-[r]->() RETURN type(r) AS type, count(*) AS n');
  for (const [type, list] of rows.relations) if ((relations.get(type) ?? 0) !== list.length) fail(`${relations.get(type) ?? 0} ${type} relations, not ${list.length}`);
  const sections = await count("MATCH (s:Section {version: $v}) RETURN 'SECTION' AS type, count(*) AS n");
  if ((sections.get('SECTION') ?? 0) !== rows.sections.length) fail(`${sections.get('SECTION') ?? 0} sections, not ${rows.sections.length}`);
  // Per report: its node, its sections, and the entities standing in it (the stored counts too),
  // each counted in one pass over the version (a count per report was quadratic in reports).
  const perReport = await driver.executeQuery(
    `CALL { MATCH (r:Report {version: $v}) RETURN collect([r.id, r.entityCount]) AS reports }
     CALL { MATCH (s:Section {version: $v}) RETURN collect(s.reportId) AS sectionReports }
     CALL { MATCH (n:Entity {version: $v}) UNWIND n.reportIds AS id RETURN collect(id) AS entityReports }
     RETURN reports, sectionReports, entityReports`,
    { v: id }, { database },
  );
  const record = perReport.records[0]!;
  const tally = (ids: string[]) => {
    const counts = new Map<string, number>();
    for (const reportId of ids) counts.set(reportId, (counts.get(reportId) ?? 0) + 1);
    return counts;
  };
  const stored = new Map((record.get('reports') as [string, number][]).map(([reportId, entityCount]) => [reportId, entityCount]));
  const sectionCounts = tally(record.get('sectionReports') as string[]);
  const entityCounts = tally(record.get('entityReports') as string[]);
  const wantSections = tally(rows.sections.map((s) => s.reportId as string));
  if (stored.size !== rows.reports.length) fail(`${stored.size} reports, not ${rows.reports.length}`);
  for (const report of rows.reports) {
    const reportId = report.id as string;
    if (!stored.has(reportId)) fail(`report ${reportId} is missing`);
    const want = { sections: wantSections.get(reportId) ?? 0, entities: report.entityCount as number };
    const got = { sections: sectionCounts.get(reportId) ?? 0, entities: entityCounts.get(reportId) ?? 0 };
    if (got.sections !== want.sections || got.entities !== want.entities || stored.get(reportId) !== want.entities) {
      fail(`report ${reportId} holds ${got.sections} sections and ${got.entities} entities, not ${want.sections} and ${want.entities}`);
    }
  }

  const { records: constraints } = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names', {}, { database });
  const names = new Set(constraints[0]!.get('names') as string[]);
  for (const name of REQUIRED_CONSTRAINTS) if (!names.has(name)) fail(`constraint ${name} is missing`);
  const { records: offline } = await driver.executeQuery("SHOW INDEXES YIELD name, state WHERE state <> 'ONLINE' RETURN collect(name) AS names", {}, { database });
  if ((offline[0]!.get('names') as string[]).length > 0) fail(`indexes not online: ${(offline[0]!.get('names') as string[]).join(', ')}`);

  const reader = new Neo4jVersionReader(driver, database, timeoutMs, { id, seedVersion: seed.version, stamp, layout: LAYOUT, switchedAt: '', reportIds: seed.reports.map((r) => r.id) });
  const reports = await reader.reports();
  if (JSON.stringify(reports.map((r) => r.id)) !== JSON.stringify(seed.reports.map((r) => r.id))) fail(`reports read back as ${reports.map((r) => r.id).join(', ')}`);
  const stats = await reader.stats({ top: 1 });
  if (stats.seedVersion !== seed.version) fail(`stats report seed ${stats.seedVersion}, not ${seed.version}`);
  if (stats.entityCount !== seed.graph.nodes.length || stats.relationCount !== seed.graph.edges.length) {
    fail(`stats count ${stats.entityCount} entities and ${stats.relationCount} relations, not ${seed.graph.nodes.length} and ${seed.graph.edges.length}`);
  }
  const step = Math.max(1, Math.floor(seed.graph.nodes.length / 20));
  const sample = seed.graph.nodes.filter((_, i) => i % step === 0).slice(0, 20);
  const sampled = new Set(sample.map((n) => n.key));
  const edgesOf = new Map<string, string[]>(sample.map((n) => [n.key, []]));
  for (const e of seed.graph.edges) {
    const key = `${e.attributes!.type}:${e.source}->${e.target}`;
    if (sampled.has(e.source)) edgesOf.get(e.source)!.push(key);
    if (e.target !== e.source && sampled.has(e.target)) edgesOf.get(e.target)!.push(key);
  }
  const found = await reader.entitiesByIds(sample.map((n) => n.key));
  const lists = await reader.relationsOf(sample.map((n) => n.key), { direction: 'BOTH' });
  sample.forEach((node, i) => {
    const own = (edgesOf.get(node.key) ?? []).sort();
    if (found[i]?.name !== node.attributes!.name || found[i]?.degree !== own.length) fail(`entity ${node.key} reads back as ${JSON.stringify(found[i] && { name: found[i]!.name, degree: found[i]!.degree })}`);
    if (JSON.stringify(lists[i]!.map((r) => r.id).sort()) !== JSON.stringify(own)) fail(`the relations of ${node.key} read back differently`);
  });
  const probe = sample[0];
  if (probe) {
    const hits = await reader.search({ text: probe.attributes!.name, first: 100 });
    if (!hits.some((h) => h.entity.id === probe.key)) fail(`search for ${probe.attributes!.name} does not find ${probe.key}`);
    const mention = probe.attributes!.mentions[0];
    if (mention) {
      const [passage] = await reader.passages([mention]);
      if (passage?.quote !== quoteOf(seed, mention)) fail(`the passage of ${probe.key}'s first mention reads back differently`);
    }
  }
}

/**
 * Loads `seed` as a new version, checks it, switches the pointer to it, and deletes what it
 * replaced after the grace; see the header for each step. Skips (and says so) when the version
 * served was loaded from the same rows, unless `force`. Throws LoadCheckError when the new
 * version fails its check, or Neo4j's own error; in both cases the served version is untouched.
 */
export async function loadGraph(driver: Driver, database: string, seed: SeedArtefact, options: LoadOptions = {}): Promise<LoadResult> {
  const log = options.log ?? (() => {});
  const graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
  const started = performance.now();
  const seconds = (from: number) => Math.round(performance.now() - from) / 1000;
  const rows = seedRows(seed);
  const stamp = loadStamp(seed, rows);
  const id = newVersionId();
  const result: LoadResult = {
    version: null, skipped: false, replaced: null, mode: 'full', reports: { unchanged: [], added: [], changed: [], removed: [] }, entities: seed.graph.nodes.length, relations: seed.graph.edges.length, sections: seed.sections.length,
    deleted: [], seconds: { write: 0, check: 0, delete: 0, total: 0 },
  };

  await ensureSchema(driver, database);
  const lock = await takeLoadLock(driver, database, id, log);
  try {
    const served = await servedVersion(driver, database);
    if (served.kind === 'served' && served.version.stamp === stamp && !options.force && options.switchTo !== false) {
      log(`version ${served.version.id} already serves seed ${seed.version} (stamp ${stamp}); nothing to load (--force loads it again)`);
      result.deleted = await deleteUnserved(driver, database, graceMs, served.version.id);
      result.skipped = true;
      result.reports.unchanged = rows.reports.map((r) => r.id as string);
      result.seconds.total = seconds(started);
      return result;
    }
    result.deleted = await deleteUnserved(driver, database, graceMs, served.kind === 'served' ? served.version.id : null);
    if (result.deleted.length > 0) log(`deleted leftovers of earlier loads: ${result.deleted.join(', ')}`);

    log(`writing version ${id} (seed ${seed.version}: ${result.entities} entities, ${result.relations} relations, ${result.sections} sections) beside ${served.kind === 'served' ? `version ${served.version.id}` : 'an empty database'}`);
    await driver.executeQuery(
      "CREATE (:GraphVersion {id: $id, state: 'loading', seedVersion: $seedVersion, stamp: $stamp, layout: $layout, reportIds: $reportIds, startedAt: datetime()})",
      { id, seedVersion: seed.version, stamp, layout: LAYOUT, reportIds: seed.reports.map((r) => r.id) }, { database },
    );
    let phase = performance.now();
    try {
      const batchSize = options.batchSize ?? BATCH_SIZE;
      const plan = served.kind !== 'served' ? 'nothing is served yet'
        : options.force ? '--force asks for a full load'
        : await planIncremental(driver, database, served.version.id, rows);
      if (typeof plan === 'string') {
        result.reports = { unchanged: [], added: rows.reports.map((r) => r.id as string), changed: [], removed: [] };
        log(`full load: ${plan}`);
        await writeVersion(driver, database, id, rows, batchSize, log);
        result.seconds.write = seconds(phase);
      } else {
        result.mode = 'incremental';
        result.reports = plan.reports;
        const { unchanged, added, changed, removed } = plan.reports;
        log(`${unchanged.length} reports unchanged (copied), ${added.length} new, ${changed.length} changed, ${removed.length} removed${[...added, ...changed, ...removed].length ? ` (${[
          ...added.map((r) => `new ${r}`), ...changed.map((r) => `changed ${r}`), ...removed.map((r) => `removed ${r}`)].join(', ')})` : ''}`);
        const step = performance.now();
        await copyNodes(driver, database, plan, id, batchSize);
        const copiedNodes = seconds(step);
        await writeVersion(driver, database, id, rows, batchSize, log, plan.only);
        const written = seconds(step);
        await copyRelations(driver, database, plan, id);
        log(`planned in ${Math.round((step - phase)) / 1000} s; sections and entities copied in ${copiedNodes} s, the rest written by ${written} s, relations copied by ${seconds(step)} s`);
        result.seconds.write = seconds(phase);
        log(`copied ${unchanged.length} unchanged reports inside Neo4j and wrote the rest from the seed in ${result.seconds.write} s (${plan.patches.length} copied entities given a new degree or place)`);
      }
      phase = performance.now();
      await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
      await checkVersion(driver, database, id, seed, rows, stamp, options.checkTimeoutMs ?? 60_000);
      result.seconds.check = seconds(phase);
      log(`version ${id} written in ${result.seconds.write} s and checked in ${result.seconds.check} s`);
    } catch (error) {
      // Nothing reads it; it goes now, or with the next load's leftovers if this fails too.
      await driver.executeQuery("MATCH (g:GraphVersion {id: $id}) SET g.state = 'failed'", { id }, { database }).catch(() => {});
      await deleteVersion(driver, database, id).catch(() => {});
      throw error;
    }

    if (options.switchTo === false) {
      await driver.executeQuery("MATCH (g:GraphVersion {id: $id}) SET g.state = 'staged'", { id }, { database });
      result.version = id;
      result.seconds.total = seconds(started);
      log(`version ${id} staged beside the served one (not switched to)`);
      return result;
    }
    await lock.confirm();
    const { records } = await driver.executeQuery(
      `MATCH (next:GraphVersion {id: $id, state: 'loading'})
       MERGE (p:GraphPointer {key: 'current'})
       WITH p, next, p.version AS before
       SET p.version = next.id, p.switchedAt = datetime(), next.state = 'live', next.switchedAt = datetime()
       WITH before
       OPTIONAL MATCH (old:GraphVersion {state: 'live'}) WHERE old.id <> $id
       SET old.state = 'retired', old.retiredAt = datetime()
       RETURN before`,
      { id }, { database },
    );
    if (records.length !== 1) throw new Error(`load:neo4j: version ${id} vanished before the switch`);
    result.version = id;
    result.replaced = (records[0]!.get('before') as string | null) ?? null;
    log(`switched to version ${id}${result.replaced ? ` (replacing ${result.replaced})` : ''}`);

    phase = performance.now();
    if (graceMs > 0) {
      log(`deleting replaced versions in ${graceMs / 1000} s, once servers have moved to ${id} and finished their requests`);
      await new Promise((r) => setTimeout(r, graceMs));
    }
    const deleted = await deleteUnserved(driver, database, 0, id);
    result.deleted.push(...deleted);
    result.seconds.delete = seconds(phase);
    if (deleted.length > 0) log(`deleted ${deleted.join(', ')} in batches`);
    result.seconds.total = seconds(started);
    return result;
  } finally {
    await lock.release();
  }
}

/** Deletes every version and an older release's graph, in batches: for a database to start afresh. */
export async function clearInBatches(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery("MATCH (p:GraphPointer) DELETE p", {}, { database });
  const { records } = await driver.executeQuery('MATCH (g:GraphVersion) RETURN g.id AS id', {}, { database });
  for (const record of records) await deleteVersion(driver, database, record.get('id') as string);
  await deleteVersion(driver, database, null);
}
