/**
 * How the seed is laid out in Neo4j: the layout the loader writes and the store reads.
 *
 * Entities are (:Entity) nodes with a second label for their type; relations are relationships
 * of the seed's own types (LOCATED_IN …); sections are (:Section) nodes holding their slice of
 * the text of their own report, so a mention's sentence can be read back from the report it
 * belongs to. Since layout 4 the graph holds several reports: one (:Report) node per report and
 * version (metadata, jurisdiction flattened, counts, the keys targetSeries matches), `reportId`
 * on every section, and on every entity and relationship the precomputed `reportIds` it stands
 * in (so the reports filter is a list test, no traversal); an INDICATOR also holds `seriesKeys`,
 * the lower-cased id, names and aliases targetSeries matches. Lists of mentions and evidence are stored
 * as JSON strings (properties cannot hold maps). A relationship holds its evidence but not its
 * id: that is `TYPE:source->target` (graph-seed makes it so, the API documents it), which the
 * relationship records already, and a copy would cost a string per relation to write and to
 * store. Three full-text indexes serve search: Chinese with the `cjk` analyzer, pinyin runs and
 * English stems with the standard analyzer; the search fields are made by search-query.ts, the
 * memory store's index holds the same tokens. Initials are a plain property, read with CONTAINS.
 *
 * Versions: every load writes a whole new graph beside the one being served, each of its
 * nodes carrying the load's id as `version` (ids are unique per version, not overall), and
 * one (:GraphVersion) node describing it. Relationships only ever join nodes of one version, so
 * a traversal from a node stays in its version. One (:GraphPointer {key: 'current'}) node names
 * the version served; the loader switches it in one transaction (scripts/neo4j/load-graph.ts),
 * and the API server only reads it. LAYOUT numbers this arrangement: a server refuses a graph
 * written in another layout instead of misreading it.
 */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { pinyinOf } from '../../graph-seed/pinyin.ts';
import { ENTITY_TYPES, RELATION_TYPES } from '../../graph-seed/types.ts';
import type { EntityType, RelationType, SeedArtefact } from '../../graph-seed/types.ts';
import { chineseField, englishField, initialsField, pinyinField, searchDoc } from './search-query.ts';
import { indicatorKeys, jurisdictionKeys, jurisdictionOtherKeys, levelRank, reportFields, reportRecords, reportsOfMentions, sectionReports } from './reports.ts';
import type { EntityRecord, ReportRecord } from './types.ts';

/** The type label of each entity type. Labels and relationship types come from these fixed lists only. */
export const TYPE_LABEL: Record<EntityType, string> = {
  TOWN: 'Town', PARK: 'Park', PROGRAM: 'Program', ORGANIZATION: 'Organization',
  GLOSSARY_TERM: 'GlossaryTerm', TARGET: 'Target', STRATEGY: 'Strategy', INDICATOR: 'Indicator',
};

export const FULLTEXT = { chinese: 'entity_chinese', pinyin: 'entity_pinyin', english: 'entity_english' } as const;

/**
 * The layout this release writes and reads. Raise it when a change to the nodes, properties or
 * indexes would make an older server misread a newer graph, or the other way round.
 */
export const LAYOUT = 4;

/**
 * Constraints and indexes of the layout, created by the loader before it writes (all
 * `IF NOT EXISTS`, so running them again changes nothing). The first layout's single-property
 * uniqueness constraints are dropped: two versions of one entity must be able to coexist.
 */
export const SCHEMA_STATEMENTS = [
  'DROP CONSTRAINT entity_id IF EXISTS',
  'DROP CONSTRAINT section_id IF EXISTS',
  'CREATE CONSTRAINT entity_version_id IF NOT EXISTS FOR (n:Entity) REQUIRE (n.version, n.id) IS UNIQUE',
  'CREATE CONSTRAINT section_version_id IF NOT EXISTS FOR (s:Section) REQUIRE (s.version, s.id) IS UNIQUE',
  'CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.id IS UNIQUE',
  'CREATE CONSTRAINT graph_pointer_key IF NOT EXISTS FOR (p:GraphPointer) REQUIRE p.key IS UNIQUE',
  'CREATE CONSTRAINT graph_load_lock_key IF NOT EXISTS FOR (l:GraphLoadLock) REQUIRE l.key IS UNIQUE',
  'CREATE INDEX entity_version IF NOT EXISTS FOR (n:Entity) ON (n.version)',
  'CREATE INDEX section_version IF NOT EXISTS FOR (s:Section) ON (s.version)',
  'CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type)',
  'CREATE INDEX entity_degree IF NOT EXISTS FOR (n:Entity) ON (n.degree)',
  'CREATE CONSTRAINT report_version_id IF NOT EXISTS FOR (r:Report) REQUIRE (r.version, r.id) IS UNIQUE',
  `CREATE FULLTEXT INDEX ${FULLTEXT.chinese} IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchChinese] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk' } }`,
  `CREATE FULLTEXT INDEX ${FULLTEXT.pinyin} IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchPinyin] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words' } }`,
  `CREATE FULLTEXT INDEX ${FULLTEXT.english} IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchEnglish] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words' } }`,
];

/** The constraints a load checks are online before it switches: what keeps ids unique per version. */
export const REQUIRED_CONSTRAINTS = ['entity_version_id', 'section_version_id', 'report_version_id', 'graph_version_id', 'graph_pointer_key'] as const;

export const BATCH_SIZE = 2000;

/** Properties of an entity node: the record, with mentions as JSON and the search fields. */
export function entityProperties(entity: EntityRecord, sectionIds: string[]): Record<string, unknown> {
  const { mentions, ...fields } = entity;
  const properties: Record<string, unknown> = {
    ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined)),
    mentionsJson: JSON.stringify(mentions),
    sectionIds,
    ...(entity.type === 'INDICATOR' ? { seriesKeys: indicatorKeys(entity) } : {}),
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
  hash.update(JSON.stringify(rows.reports));
  return `${seed.version}/${hash.digest('hex').slice(0, 12)}`;
}

export type SeedRows = ReturnType<typeof seedRows>;

/** The properties of a (:Report) node: the record with its jurisdiction flattened, and what targetSeries matches. */
export function reportProperties(report: ReportRecord): Record<string, unknown> {
  const { jurisdiction, ...rest } = report;
  return {
    ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== null && v !== undefined)),
    jurisdictionName: jurisdiction.name, jurisdictionLevel: jurisdiction.level,
    ...(jurisdiction.code ? { jurisdictionCode: jurisdiction.code } : {}),
    jurisdictionKeys: jurisdictionKeys(report), jurisdictionOtherKeys: jurisdictionOtherKeys(report), levelRank: levelRank(jurisdiction.level),
  };
}

/**
 * The rows a seed loads as: entities by type, relations by type, sections, and reports; each
 * entity row also says its `home` report (the first it stands in, or null), by which the
 * loader writes report by report.
 */
export function seedRows(seed: SeedArtefact) {
  const sectionReport = sectionReports(seed);
  const order = new Map(seed.reports.map((r, i) => [r.id, i]));
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
  const records: EntityRecord[] = [];
  for (const node of seed.graph.nodes) {
    const record: EntityRecord = { id: node.key, ...node.attributes!, degree: degree.get(node.key) ?? 0, ...reportFields(node.attributes!, sectionReport, order) };
    records.push(record);
    const sectionIds = [...new Set(record.mentions.flatMap((m) => ancestry(m.sectionId)))].sort();
    entities.get(record.type)!.push(entityProperties(record, sectionIds));
  }
  const relations = new Map<RelationType, Record<string, unknown>[]>(RELATION_TYPES.map((t) => [t, []]));
  for (const edge of seed.graph.edges) {
    relations.get(edge.attributes!.type)!.push({
      source: edge.source, target: edge.target, evidenceJson: JSON.stringify(edge.attributes!.evidence),
      reportIds: reportsOfMentions(edge.attributes!.evidence, sectionReport, order),
    });
  }
  const texts = new Map(seed.reports.map((r) => [r.id, r.text]));
  const sectionRows = seed.sections.map((s) => ({
    id: s.id, reportId: s.reportId, title: s.title, path: s.path, parentId: s.parentId, start: s.start, end: s.end, strategyId: s.strategyId,
    text: texts.get(s.reportId)!.slice(s.start, s.end),
  }));
  const slices = reportSliceHashes(seed, records, entities, sectionRows, sectionReport);
  const reports: Record<string, unknown>[] = reportRecords(seed, records).map((r, order) => ({
    ...reportProperties(r), order,
    textSha256: createHash('sha256').update(seed.reports[order]!.text).digest('hex'), sliceHash: slices.get(r.id)!,
  }));
  return { entities, relations, sections: sectionRows, reports };
}

/**
 * The entity properties that depend on the whole graph rather than on the reports an entity
 * stands in: its degree (relations from any report) and its place in the layout (computed over
 * the whole graph). A load that copies an unchanged report's entities from the served version
 * sets these from the seed (scripts/neo4j/load-graph.ts); they are left out of the report hash.
 */
export const GRAPH_WIDE_ENTITY_FIELDS = ['degree', 'x', 'y'] as const;

/** Entity properties left out of a report's slice hash: the graph-wide ones, and those made from mentions in other reports too. */
const UNSLICED_ENTITY_FIELDS = new Set<string>([...GRAPH_WIDE_ENTITY_FIELDS, 'reportIds', 'mentionsJson', 'sectionIds']);

/**
 * Each report's slice hash (sha256, hex), by report id: a hash of what the graph holds of that
 * report alone, so that a loader can tell a report that is unchanged from one that changed:
 * its metadata (without the counts and its place in the seed), its sections (with their text),
 * every entity standing in it (its own properties, and its mentions in this report only) and
 * every relation evidenced in it alone (its ends and its evidence). An entity named in several
 * reports enters each report's hash with that report's part, so a new report that mentions
 * 乡村振兴战略 again leaves the hashes of the others as they were; a relation evidenced in
 * several reports (RESULT_OF, from a result in one report to its goal in the year before) enters
 * none: a loader writes those from the seed in any case. A relation of one report that a new
 * report evidences too leaves the first report's hash, which then counts as changed.
 */
function reportSliceHashes(
  seed: SeedArtefact, records: EntityRecord[], entityRows: Map<EntityType, Record<string, unknown>[]>,
  sectionRows: { reportId: string }[], sectionReport: ReadonlyMap<string, string>,
): Map<string, string> {
  const hashes = new Map(seed.reports.map((r) => [r.id, createHash('sha256')]));
  for (const { text: _text, file: _file, sha256: _sha, ...meta } of seed.reports) hashes.get(meta.id)!.update(JSON.stringify(['report', meta]));
  for (const row of sectionRows) hashes.get(row.reportId)?.update(JSON.stringify(['section', row]));
  const rowOf = new Map<string, Record<string, unknown>>();
  for (const list of entityRows.values()) for (const row of list) rowOf.set(row.id as string, row);
  const inReport = (mentions: readonly { sectionId: string }[], report: string) => mentions.filter((m) => sectionReport.get(m.sectionId) === report);
  for (const record of records) {
    if (record.reportIds.length === 0) continue;
    const own = Object.fromEntries(Object.entries(rowOf.get(record.id)!).filter(([key]) => !UNSLICED_ENTITY_FIELDS.has(key)));
    for (const report of record.reportIds) hashes.get(report)?.update(JSON.stringify(['entity', own, inReport(record.mentions, report)]));
  }
  for (const edge of seed.graph.edges) {
    const evidence = edge.attributes!.evidence;
    const reports = new Set(evidence.map((m) => sectionReport.get(m.sectionId)));
    const [report] = reports;
    if (reports.size === 1 && report) hashes.get(report)?.update(JSON.stringify(['relation', edge.attributes!.type, edge.source, edge.target, evidence]));
  }
  return new Map([...hashes].map(([id, hash]) => [id, hash.digest('hex')]));
}

export function batches<T>(rows: T[], size = BATCH_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * The graph version a database serves, as the pointer names it: null when no load has switched
 * the pointer yet. One read query, in the store's own (read-only) session.
 */
export interface ServedVersion {
  /** The graph version's id: every node of that load carries it as `version`. */
  id: string;
  /** The version of the seed loaded (graph-seed's hash), as stats and /readyz report it. */
  seedVersion: string;
  /** The seed's version and a hash of the rows written (loadStamp). */
  stamp: string;
  /** The layout the loader wrote (LAYOUT of its release). */
  layout: number;
  /** When the pointer was switched to it, ISO 8601. */
  switchedAt: string;
  /** The ids of its reports, in seed order: what a reports filter is checked against. */
  reportIds: string[];
}

/** The query behind servedVersion, on one line (see neo4j-store.ts on why). */
export const SERVED_VERSION_CYPHER =
  "OPTIONAL MATCH (p:GraphPointer {key: 'current'}) OPTIONAL MATCH (v:GraphVersion {id: p.version}) "
  + "OPTIONAL MATCH (legacy:SeedMeta {key: 'current'}) "
  + 'RETURN p.version AS id, v.seedVersion AS seedVersion, v.stamp AS stamp, v.layout AS layout, v.reportIds AS reportIds, toString(p.switchedAt) AS switchedAt, legacy IS NOT NULL AS legacy';

/**
 * What servedVersion finds: a version; no version yet (a load may come: a graph of the first
 * layout, from before versions, counts as none); or a version in a layout this release cannot
 * read, which waiting will not change.
 */
export type PointerState =
  | { kind: 'served'; version: ServedVersion }
  | { kind: 'empty'; reason: string }
  | { kind: 'mismatch'; reason: string };

/** Reads the pointer: which graph version the database serves, and whether this release can read it. */
export async function servedVersion(driver: Driver, database: string, timeoutMs = 5_000): Promise<PointerState> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const [row] = (await session.run(SERVED_VERSION_CYPHER, {}, { timeout: timeoutMs })).records;
    const id = row?.get('id') as string | null;
    if (!id) {
      return {
        kind: 'empty',
        reason: row?.get('legacy')
          ? 'Neo4j holds only a graph written by an older release (no version pointer); load it with npm run load:neo4j'
          : 'Neo4j holds no loaded graph version; load one with npm run load:neo4j',
      };
    }
    const layout = row!.get('layout') as number | null;
    if (layout !== LAYOUT) {
      return { kind: 'mismatch', reason: `Neo4j serves graph version ${id} in layout ${layout ?? 'unknown'}, and this server reads layout ${LAYOUT}; deploy the matching release or load the graph with this release's npm run load:neo4j` };
    }
    return { kind: 'served', version: { id, seedVersion: row!.get('seedVersion') as string, stamp: row!.get('stamp') as string, layout, switchedAt: row!.get('switchedAt') as string, reportIds: (row!.get('reportIds') as string[] | null) ?? [] } };
  } finally {
    await session.close();
  }
}

/** The stamp of the graph the database serves, or null when it serves none. */
export async function loadedStamp(driver: Driver, database: string): Promise<string | null> {
  const state = await servedVersion(driver, database);
  return state.kind === 'served' ? state.version.stamp : null;
}
