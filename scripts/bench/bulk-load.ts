/**
 * Loading a large graph into Neo4j the fast way: constraints first (the id lookups of relation
 * batches use them), full-text indexes dropped during the load and built once at the end (so
 * Lucene is not updated row by row), nodes and relations in UNWIND batches, each batch its own
 * transaction. For big synthetic graphs in the benchmark; the report's own seed loads in one
 * transaction (neo4j-schema.ts) so a failed load changes nothing.
 */
import type { Driver } from 'neo4j-driver';
import type { SeedArtefact } from '../../graph-seed/types.ts';
import { clearInBatches, ensureSchema, FULLTEXT, seedRows, TYPE_LABEL } from '../../server/store/neo4j-schema.ts';
import { round } from './measure.ts';

export async function bulkLoad(driver: Driver, database: string, seed: SeedArtefact, { batchSize }: { batchSize: number }) {
  await ensureSchema(driver, database);
  await clearInBatches(driver, database);
  const session = driver.session({ database });
  try {
    for (const index of Object.values(FULLTEXT)) await session.run(`DROP INDEX ${index} IF EXISTS`);
    const rows = seedRows(seed);
    const nodesStarted = performance.now();
    let nodes = 0;
    for (const [type, list] of rows.entities) {
      for (let i = 0; i < list.length; i += batchSize) {
        const batch = list.slice(i, i + batchSize);
        await session.executeWrite((tx) => tx.run(`UNWIND $rows AS row CREATE (n:Entity:${TYPE_LABEL[type]}) SET n = row`, { rows: batch }));
        nodes += batch.length;
      }
    }
    const nodeSeconds = (performance.now() - nodesStarted) / 1000;
    const relationsStarted = performance.now();
    let relations = 0;
    for (const [type, list] of rows.relations) {
      for (let i = 0; i < list.length; i += batchSize) {
        const batch = list.slice(i, i + batchSize);
        await session.executeWrite((tx) => tx.run(
          `UNWIND $rows AS row MATCH (a:Entity {id: row.source}) MATCH (b:Entity {id: row.target})
           CREATE (a)-[r:${type}]->(b) SET r.id = row.id, r.evidenceJson = row.evidenceJson`, { rows: batch }));
        relations += batch.length;
      }
    }
    const relationSeconds = (performance.now() - relationsStarted) / 1000;
    const indexStarted = performance.now();
    await ensureSchema(driver, database);
    const indexSeconds = (performance.now() - indexStarted) / 1000;
    return {
      fullTextIndexSeconds: round(indexSeconds, 2),
      nodes, nodeSeconds: round(nodeSeconds, 2), nodesPerSecond: Math.round(nodes / nodeSeconds),
      relationSeconds: round(relationSeconds, 2), relationsPerSecond: Math.round(relations / relationSeconds),
    };
  } finally {
    await session.close();
  }
}
