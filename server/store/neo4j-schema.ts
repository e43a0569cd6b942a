/**
 * How the seed is laid out in Neo4j, and how it is loaded.
 *
 * Entities are (:Entity) nodes with a second label for their type; relations are relationships
 * of the seed's own types (LOCATED_IN …); sections are (:Section) nodes holding their slice of
 * the text, so a mention's sentence can be read back; one (:SeedMeta) node stamps the version
 * loaded. Lists of mentions and evidence are stored as JSON strings (properties cannot hold
 * maps). A relationship holds its evidence but not its id: that is `TYPE:source->target`
 * (graph-seed makes it so, the API documents it), which the relationship records already, and
 * a copy would cost a string per relation to write and to store. Three full-text indexes serve
 * search: Chinese with the `cjk` analyzer, pinyin runs and English stems with the standard
 * analyzer; the search fields are made by search-query.ts, the memory store's index holds the
 * same tokens. Initials are a plain property, read with CONTAINS.
 *
 * A load is one write transaction: the old graph is deleted and the new one created with
 * `UNWIND $rows` batches, so a load that fails or is interrupted leaves the previous version
 * whole, and loading the same seed twice gives the same graph.
 */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { pinyinOf } from '../../graph-seed/pinyin.ts';
import { ENTITY_TYPES, RELATION_TYPES } from '../../graph-seed/types.ts';
import type { EntityType, RelationType, SeedArtefact } from '../../graph-seed/types.ts';
import { chineseField, englishField, initialsField, pinyinField, searchDoc } from './search-query.ts';
import type { EntityRecord } from './types.ts';

/** The type label of each entity type. Labels and relationship types come from these fixed lists only. */
export const TYPE_LABEL: Record<EntityType, string> = {
  TOWN: 'Town', PARK: 'Park', PROGRAM: 'Program', ORGANIZATION: 'Organization',
  GLOSSARY_TERM: 'GlossaryTerm', TARGET: 'Target', STRATEGY: 'Strategy',
};

export const FULLTEXT = { chinese: 'entity_chinese', pinyin: 'entity_pinyin', english: 'entity_english' } as const;

const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT section_id IF NOT EXISTS FOR (s:Section) REQUIRE s.id IS UNIQUE',
  'CREATE CONSTRAINT seed_meta_key IF NOT EXISTS FOR (m:SeedMeta) REQUIRE m.key IS UNIQUE',
  'CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type)',
  'CREATE INDEX entity_degree IF NOT EXISTS FOR (n:Entity) ON (n.degree)',
  `CREATE FULLTEXT INDEX ${FULLTEXT.chinese} IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchChinese] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk' } }`,
  `CREATE FULLTEXT INDEX ${FULLTEXT.pinyin} IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchPinyin] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words' } }`,
  `CREATE FULLTEXT INDEX ${FULLTEXT.english} IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchEnglish] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words' } }`,
];

export const BATCH_SIZE = 2000;

/** Properties of an entity node: the record, with mentions as JSON and the search fields. */
export function entityProperties(entity: EntityRecord, sectionIds: string[]): Record<string, unknown> {
  const { mentions, ...fields } = entity;
  const properties: Record<string, unknown> = {
    ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined)),
    mentionsJson: JSON.stringify(mentions),
    sectionIds,
    // Search fields are stored already split into the tokens the memory store indexes, so
    // Lucene's analyzers find the same words in them.
    ...searchProperties(entity),
  };
  return properties;
}

/** The search fields of an entity node (see search-query.ts). */
export function searchProperties(entity: EntityRecord): Record<string, string> {
  const doc = searchDoc(entity, pinyinOf);
  return {
    searchChinese: chineseField(doc), searchPinyin: pinyinField(doc), searchInitials: initialsField(doc), searchEnglish: englishField(doc),
    // The whole document too, so ranking a hit needs no pinyin made at query time.
    searchDocJson: JSON.stringify(doc),
  };
}

/**
 * The stamp of what a load writes: the seed's version and a hash of the rows made from it, so
 * a change in how the store lays out the seed (search fields, say) also reloads it.
 */
export function loadStamp(seed: SeedArtefact, rows: SeedRows = seedRows(seed)): string {
  const hash = createHash('sha256');
  for (const list of rows.entities.values()) hash.update(JSON.stringify(list));
  for (const list of rows.relations.values()) hash.update(JSON.stringify(list));
  hash.update(JSON.stringify(rows.sections));
  return `${seed.version}/${hash.digest('hex').slice(0, 12)}`;
}

export type SeedRows = ReturnType<typeof seedRows>;

/** The rows a seed loads as: entities by type, relations by type, sections. */
export function seedRows(seed: SeedArtefact) {
  const sections = new Map(seed.sections.map((s) => [s.id, s]));
  const ancestry = (id: string) => {
    const ids: string[] = [];
    for (let s = sections.get(id); s; s = s.parentId ? sections.get(s.parentId) : undefined) ids.push(s.id);
    return ids;
  };
  const degree = new Map<string, number>();
  for (const e of seed.graph.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const entities = new Map<EntityType, Record<string, unknown>[]>(ENTITY_TYPES.map((t) => [t, []]));
  for (const node of seed.graph.nodes) {
    const record: EntityRecord = { id: node.key, ...node.attributes!, degree: degree.get(node.key) ?? 0 };
    const sectionIds = [...new Set(record.mentions.flatMap((m) => ancestry(m.sectionId)))].sort();
    entities.get(record.type)!.push(entityProperties(record, sectionIds));
  }
  const relations = new Map<RelationType, Record<string, unknown>[]>(RELATION_TYPES.map((t) => [t, []]));
  for (const edge of seed.graph.edges) {
    relations.get(edge.attributes!.type)!.push({ source: edge.source, target: edge.target, evidenceJson: JSON.stringify(edge.attributes!.evidence) });
  }
  const sectionRows = seed.sections.map((s) => ({
    id: s.id, title: s.title, path: s.path, parentId: s.parentId, start: s.start, end: s.end, strategyId: s.strategyId,
    text: seed.text.slice(s.start, s.end),
  }));
  return { entities, relations, sections: sectionRows };
}

export function batches<T>(rows: T[], size = BATCH_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Constraints and indexes, created before any data so loads use them; waits until they are online. */
export async function ensureSchema(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const statement of SCHEMA_STATEMENTS) await session.run(statement);
    await session.run('CALL db.awaitIndexes(120)');
  } finally {
    await session.close();
  }
}

/** The stamp of the load the database holds, or null when it holds none. */
export async function loadedStamp(driver: Driver, database: string): Promise<string | null> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead((tx) => tx.run("MATCH (m:SeedMeta {key: 'current'}) RETURN m.stamp AS stamp"));
    return (result.records[0]?.get('stamp') as string | undefined) ?? null;
  } finally {
    await session.close();
  }
}

/** Above this many relationships, one transaction cannot hold the deletion of the old graph. */
const ONE_TRANSACTION_DELETE_LIMIT = 200_000;

/** Deletes the project's nodes in batches, each its own transaction: for graphs too big for one. */
export async function clearInBatches(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) WHERE n:Entity OR n:Section OR n:SeedMeta CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS');
  } finally {
    await session.close();
  }
}

/**
 * Replaces whatever graph the database holds with the seed, in one transaction. Only when the
 * old graph is too large to delete in one transaction (a benchmark's synthetic graph, say) is it
 * deleted first, in batches: the previous version is then not kept if the new load fails.
 */
export async function loadSeed(driver: Driver, database: string, seed: SeedArtefact): Promise<{ entities: number; relations: number }> {
  await ensureSchema(driver, database);
  const rows = seedRows(seed);
  const stamp = loadStamp(seed, rows);
  const counted = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS n', {}, { database });
  if ((counted.records[0]?.get('n') as number) > ONE_TRANSACTION_DELETE_LIMIT) await clearInBatches(driver, database);
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run('MATCH (n) WHERE n:Entity OR n:Section OR n:SeedMeta DETACH DELETE n');
      for (const [type, entityRows] of rows.entities) {
        for (const batch of batches(entityRows)) {
          // The label is one of TYPE_LABEL's fixed names, never input.
          await tx.run(`UNWIND $rows AS row CREATE (n:Entity:${TYPE_LABEL[type]}) SET n = row`, { rows: batch });
        }
      }
      for (const [type, relationRows] of rows.relations) {
        for (const batch of batches(relationRows)) {
          await tx.run(
            `UNWIND $rows AS row MATCH (a:Entity {id: row.source}) MATCH (b:Entity {id: row.target})
             CREATE (a)-[r:${type}]->(b) SET r.evidenceJson = row.evidenceJson`,
            { rows: batch },
          );
        }
      }
      for (const batch of batches(rows.sections)) await tx.run('UNWIND $rows AS row CREATE (s:Section) SET s = row', { rows: batch });
      await tx.run("CREATE (m:SeedMeta {key: 'current'}) SET m.version = $version, m.stamp = $stamp, m.loadedAt = datetime()", { version: seed.version, stamp });
    });
  } finally {
    await session.close();
  }
  return { entities: seed.graph.nodes.length, relations: seed.graph.edges.length };
}
