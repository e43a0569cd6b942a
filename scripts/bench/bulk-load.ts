/**
 * Loading a large graph into Neo4j the fast way, in UNWIND batches, each its own transaction.
 * For big synthetic graphs in the benchmark; the report's own seed loads in one transaction
 * (neo4j-schema.ts) so a failed load changes nothing. The rows are the seed loader's own
 * (seedRows), so the graph loaded is one the store can answer from.
 *
 * What makes it fast, each measured on a million relations on a 2-core machine:
 * - Full-text indexes are dropped during the load and built once at the end, so Lucene is not
 *   updated row by row.
 * - Two writer sessions: while Neo4j writes one batch, the driver encodes the next (the driver
 *   takes a third of the CPU for nodes, a tenth for relations). Three or four gained nothing.
 * - Node batches return each node's internal id, and relation batches find their ends by it
 *   (a direct record read) instead of through the id index. The ids are only used within the
 *   load, where nothing is deleted, so none is reused. elementId() would do the same with
 *   44-byte strings instead of integers, and was 10–20% slower.
 * - Relations are sorted by their target's internal id (then their source's) before they are
 *   cut into batches. The synthetic graph's targets follow a power law (a few hubs take most
 *   relations); in random order every batch comes back to every hub, rereading its relationship
 *   groups and taking its lock again. Measured side by side on 2·10⁵ relations (2 writers,
 *   batches of 20,000, a 2-core machine at load 14–17): 8,040 and 8,935 relations/s before,
 *   11,532 and 13,651 after; on bare relationships between 40,000 nodes 12,074–20,634 → 29,337
 *   (2 writers) and 13,302 → 26,358 (1 writer); sorting by source gained less (23,852, 23,229).
 * - neo4j-driver spends 1–2 µs of CPU on every value of a parameter list: 85 ms for the columns
 *   of a 20,000-relation batch, 8 ms when each column is sent as one string and split in
 *   Cypher, which loaded relations 30% faster. Ids are digits and evidence is JSON, which
 *   never holds a raw control character, so neither can contain its separator.
 *
 * Relations are written as the seed loader writes them: with their evidence, typed, between
 * the entities, all in one graph version; sections, the version and the pointer follow, so the
 * Neo4j store serves the graph as loaded. Unlike npm run load:neo4j it first deletes what the
 * database holds: it measures loading, not switching.
 * Concurrent batches can meet on a hub; Neo4j then reports a deadlock to one of them, which
 * executeWrite runs again; the retries are counted and reported.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { RelationType, SeedArtefact } from '../../graph-seed/types.ts';
import { batches, FULLTEXT, LAYOUT, loadStamp, seedRows, TYPE_LABEL } from '../../server/store/neo4j-schema.ts';
import { clearInBatches, ensureSchema } from '../neo4j/load-graph.ts';
import { round } from './measure.ts';

const ID_SEPARATOR = ',';
const TEXT_SEPARATOR = '\u001e';

export interface BulkLoadOptions {
  batchSize: number;
  /** Concurrent writer sessions. */
  writers: number;
}

/** Runs every job through `writers` sessions, each taking the next job when it is free; returns the attempts made. */
async function inSessions<T>(driver: Driver, database: string, writers: number, jobs: T[], work: (tx: ManagedTransaction, job: T) => Promise<unknown>): Promise<number> {
  let next = 0;
  let attempts = 0;
  await Promise.all(Array.from({ length: writers }, async () => {
    const session = driver.session({ database });
    try {
      while (next < jobs.length) {
        const job = jobs[next++]!;
        await session.executeWrite((tx) => {
          attempts += 1;
          return work(tx, job);
        });
      }
    } finally {
      await session.close();
    }
  }));
  return attempts;
}

export async function bulkLoad(driver: Driver, database: string, seed: SeedArtefact, { batchSize, writers }: BulkLoadOptions) {
  await ensureSchema(driver, database);
  const clearStarted = performance.now();
  await clearInBatches(driver, database);
  const clearSeconds = (performance.now() - clearStarted) / 1000;
  const session = driver.session({ database });
  try {
    for (const index of Object.values(FULLTEXT)) await session.run(`DROP INDEX ${index} IF EXISTS`);
  } finally {
    await session.close();
  }
  const rows = seedRows(seed);
  const version = `bench-${Date.now()}`;

  const nodesStarted = performance.now();
  const nodeJobs = [...rows.entities].flatMap(([type, list]) => batches(list, batchSize).map((batch) => ({ type, batch })));
  const internalId = new Map<string, number>();
  const nodeAttempts = await inSessions(driver, database, writers, nodeJobs, async (tx, { type, batch }) => {
    // The label is one of TYPE_LABEL's fixed names, never input.
    const result = await tx.run(
      `UNWIND range(0, size($rows) - 1) AS i
       CREATE (n:Entity:${TYPE_LABEL[type]}) SET n = $rows[i], n.version = $version
       WITH i, n ORDER BY i
       RETURN collect(id(n)) AS nodes`,
      { rows: batch, version },
    );
    const nodes = result.records[0]!.get('nodes') as number[];
    batch.forEach((row, i) => internalId.set(row.id as string, nodes[i]!));
  });
  const nodeSeconds = (performance.now() - nodesStarted) / 1000;

  const relationsStarted = performance.now();
  // Sorted by target (then source): a batch then adds a hub's relationships one after another,
  // on the pages of its relationship groups already in the page cache and under the lock the
  // batch already holds, instead of coming back to each hub thousands of times in random order.
  const byEnds = (a: Record<string, unknown>, b: Record<string, unknown>) =>
    internalId.get(a.target as string)! - internalId.get(b.target as string)! || internalId.get(a.source as string)! - internalId.get(b.source as string)!;
  const relationJobs = [...rows.relations].flatMap(([type, list]) => batches([...list].sort(byEnds), batchSize).map((batch) => ({ type, batch })));
  const relationAttempts = await inSessions(driver, database, writers, relationJobs, (tx, { type, batch }) => tx.run(
    // The relationship type is one of RELATION_TYPES, never input.
    `WITH split($sources, $idSeparator) AS sources, split($targets, $idSeparator) AS targets, split($evidence, $textSeparator) AS evidence
     UNWIND range(0, size(sources) - 1) AS i
     MATCH (a) WHERE id(a) = toInteger(sources[i])
     MATCH (b) WHERE id(b) = toInteger(targets[i])
     CREATE (a)-[:${type as RelationType} {evidenceJson: evidence[i]}]->(b)`,
    {
      sources: batch.map((r) => internalId.get(r.source as string)).join(ID_SEPARATOR),
      targets: batch.map((r) => internalId.get(r.target as string)).join(ID_SEPARATOR),
      evidence: batch.map((r) => r.evidenceJson as string).join(TEXT_SEPARATOR),
      idSeparator: ID_SEPARATOR,
      textSeparator: TEXT_SEPARATOR,
    },
  ));
  const relationSeconds = (performance.now() - relationsStarted) / 1000;
  const relations = [...rows.relations.values()].reduce((n, list) => n + list.length, 0);

  // Sections and the pointer last: a store finds the graph whole or not at all.
  const stamp = loadStamp(seed, rows);
  await inSessions(driver, database, 1, [rows.sections], async (tx, sections) => {
    await tx.run('UNWIND $rows AS row CREATE (s:Section) SET s = row, s.version = $version', { rows: sections, version });
    await tx.run(
      `CREATE (:GraphVersion {id: $version, state: 'live', seedVersion: $seedVersion, stamp: $stamp, layout: $layout, startedAt: datetime(), switchedAt: datetime()})
       MERGE (p:GraphPointer {key: 'current'}) SET p.version = $version, p.switchedAt = datetime()`,
      { version, seedVersion: seed.version, stamp, layout: LAYOUT },
    );
  });

  const indexStarted = performance.now();
  await ensureSchema(driver, database);
  const indexSeconds = (performance.now() - indexStarted) / 1000;
  return {
    writers,
    clearSeconds: round(clearSeconds, 2),
    fullTextIndexSeconds: round(indexSeconds, 2),
    nodes: internalId.size, nodeSeconds: round(nodeSeconds, 2), nodesPerSecond: Math.round(internalId.size / nodeSeconds),
    relationSeconds: round(relationSeconds, 2), relationsPerSecond: Math.round(relations / relationSeconds),
    retries: nodeAttempts - nodeJobs.length + relationAttempts - relationJobs.length,
  };
}
