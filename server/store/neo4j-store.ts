/**
 * The Neo4j store: the same GraphStore answers as the memory store, from a Neo4j 5 database.
 *
 * One session per operation, closed in `finally`; one Cypher query per API call, run as an
 * auto-commit read (see runRead); every value a parameter. Sections, which never change within
 * a graph version, are kept in the server once read (SectionCache), so passages add no query. The only text put into Cypher is
 * chosen from fixed lists (relation patterns per direction, labels per type, the depth of a
 * traversal from 1 to 3), never taken from input. Variable-length patterns are always bounded.
 *
 * The store only reads. The database may hold several graph versions (neo4j-schema.ts); a
 * background loop reads the pointer every `pollMs` to learn which one is served, so a switch
 * made by the loader is noticed without a restart. Every query names its version (`$v`), and a
 * request reads through one view (view()) fixed to the version served when it began, so one
 * response never mixes two versions. The loader deletes a replaced version only after a grace
 * longer than the poll, the staleness bound and a query's timeout together.
 *
 * The server starts whether or not Neo4j answers; queries meanwhile fail fast with
 * STORE_UNAVAILABLE. Transient faults (Neo4j down, a timeout) are retried with a growing
 * delay and service resumes by itself; wrong credentials, a missing database and a graph in a
 * layout this release cannot read stop the loop, and /readyz says why.
 */
import neo4j, { type Driver, type Node, type Record as Neo4jRecord, type Relationship } from 'neo4j-driver';
import type { SeedArtefact } from '../../graph-seed/types.ts';
import type { Neo4jConfig } from '../config.ts';
import { StoreUnavailableError } from './errors.ts';
import { FULLTEXT, servedVersion, type ServedVersion } from './neo4j-schema.ts';
import { passageOf } from './passages.ts';
import { hanTerms, lookupParts, parseQuery, rankCandidates, type Candidate, type SearchDoc } from './search-query.ts';
import type {
  Direction, EntityPage, EntityRecord, EntityType, GraphStore, Mention, NeighborhoodQuery, Passage, PathQuery, PathRecord,
  RelationFilter, RelationRecord, RelationType, ReportFilter, ReportRecord, SearchHitRecord, Section, StatsRecord, StoreHealth, SubgraphRecord,
  TargetSeriesQuery, TargetSeriesResult,
} from './types.ts';
import { nameKey } from './reports.ts';

/** The relationship pattern for each direction, from the point of view of `f`. */
const PATTERN: Record<Direction, string> = {
  OUT: '(f)-[r]->(m:Entity)',
  IN: '(f)<-[r]-(m:Entity)',
  BOTH: '(f)-[r]-(m:Entity)',
};

/** One hop of a quantified path pattern in each direction. */
const HOP: Record<Direction, string> = {
  OUT: '()-[r]->(:Entity)',
  IN: '()<-[r]-(:Entity)',
  BOTH: '()-[r]-(:Entity)',
};

const RELATION_FILTER = '($relationTypes IS NULL OR type(r) IN $relationTypes)';
/** The reports filter (see ReportFilter) on an entity `n`, and on a relationship `r` with ends `a`, `b`. */
const KEEP_ENTITY = (n: string) => `($reports IS NULL OR any(x IN ${n}.reportIds WHERE x IN $reports))`;
const KEEP_RELATION = '($reports IS NULL OR all(e IN [r, startNode(r), endNode(r)] WHERE any(x IN e.reportIds WHERE x IN $reports)))';
const reportsParam = (reports: ReportFilter) => (reports && reports.length > 0 ? [...reports] : null);
/**
 * Full-text hits asked of Lucene per index: 1000 per version, and while a load runs two
 * versions are indexed, so 2000. The version filter is applied after the index.
 */
const SEARCH_CANDIDATES = 2000;

const ENTITY_FIELDS = [
  'id', 'type', 'name', 'nameEn', 'pinyin', 'aliases', 'description', 'descriptionEn', 'degree',
  'level', 'category', 'number', 'definition', 'definitionEn', 'indicator', 'value', 'valueMax', 'unit', 'comparator', 'period', 'kind', 'x', 'y',
  'reportId', 'reportIds',
] as const;
const NULLABLE = new Set(['nameEn', 'description', 'descriptionEn']);

function toEntity(node: Node): EntityRecord {
  return entityOf(node.properties as Record<string, unknown>);
}

/**
 * An entity record from a node's properties (or a map projection of them). Its `mentions` are
 * parsed from `mentionsJson` when first read (lazyJson): most answers (neighbourhoods, search,
 * the graph) never ask for them, and parsing every node's JSON was the store's largest own
 * cost in the profile of those queries.
 */
function entityOf(p: Record<string, unknown>): EntityRecord {
  const record: Record<string, unknown> = {};
  lazyJson(record, 'mentions', p.mentionsJson as string);
  for (const field of ENTITY_FIELDS) {
    if (p[field] !== undefined) record[field] = p[field];
    else if (NULLABLE.has(field)) record[field] = null;
  }
  record.aliases ??= [];
  record.reportIds ??= [];
  return record as unknown as EntityRecord;
}

/** Defines `record[key]` as the JSON parsed on first read (then a plain value, writable). */
function lazyJson(record: Record<string, unknown>, key: 'mentions' | 'evidence', json: string): void {
  const settle = (value: unknown) => Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(record, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = JSON.parse(json) as Mention[];
      settle(value);
      return value;
    },
    set(value: unknown) {
      settle(value);
    },
  });
}

/**
 * A relation's id is its type and its ends, `TYPE:source->target`: Neo4j does not store it (see
 * neo4j-schema.ts). Its `evidence` is parsed when first read, as an entity's mentions are.
 */
function toRelation(r: Relationship, source: string, target: string): RelationRecord {
  const p = r.properties as Record<string, unknown>;
  const record: Record<string, unknown> = { id: `${r.type}:${source}->${target}`, type: r.type as RelationType, source, target };
  lazyJson(record, 'evidence', p.evidenceJson as string);
  return record as unknown as RelationRecord;
}

/** A report record from a (:Report) node (see reportProperties in neo4j-schema.ts). */
function toReport(node: Node): ReportRecord {
  const p = node.properties as Record<string, unknown>;
  const or = (key: string) => (p[key] as string | undefined) ?? null;
  return {
    id: p.id as string, title: p.title as string, year: p.year as number, date: or('date'),
    jurisdiction: { name: p.jurisdictionName as string, level: p.jurisdictionLevel as ReportRecord['jurisdiction']['level'], code: or('jurisdictionCode') },
    speaker: or('speaker'), speakerTitle: or('speakerTitle'), source: or('source'), sourceKind: p.sourceKind as ReportRecord['sourceKind'],
    entityCount: p.entityCount as number, targetCount: p.targetCount as number,
  };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function toSection(node: Node): Section & { text: string } {
  const p = node.properties as Record<string, unknown>;
  return {
    id: p.id as string, reportId: p.reportId as string, title: p.title as string, path: p.path as string[], parentId: (p.parentId as string | undefined) ?? null,
    start: p.start as number, end: p.end as number, strategyId: (p.strategyId as string | undefined) ?? null, text: p.text as string,
  };
}

/** A section with its text (the slice of its report's normalised text it spans). */
type SectionText = Section & { text: string };

const withoutText = ({ text: _text, ...section }: SectionText): Section => section;

/**
 * The sections of the graph versions being read, with their text, and their reports, kept in
 * the server. A
 * version never changes once loaded, so a section read once stays true for as long as its
 * version is read: passages (Mention.quote, Mention.context) and Mention.section then need no
 * query of their own, where before every answer with passages took a second round trip to
 * Neo4j after the one for its entities or relations. Keyed by version id, so two versions
 * read at once (during a switch) never mix.
 *
 * Bounded: at most `maxVersions` versions (the one served and the one it replaces, while the
 * requests on it finish; the oldest goes first) and `maxChars` characters of section text in
 * all, past which the sections least recently used go. A section missing is read again.
 */
export class SectionCache {
  private readonly versions = new Map<string, { byId: Map<string, SectionText>; outline: Section[] | null; reports: ReportRecord[] | null }>();
  private chars = 0;

  /**
   * @param maxChars most characters of section text kept (default 32 million: the ten-report
   *   seed's text is under 1 million, a 1,000-report corpus tens of millions).
   * @param maxVersions most graph versions kept (default 2).
   */
  constructor(readonly maxChars = 32_000_000, readonly maxVersions = 2) {}

  /** Characters of section text held now. */
  get size(): number {
    return this.chars;
  }

  private entry(version: string) {
    let entry = this.versions.get(version);
    if (!entry) {
      entry = { byId: new Map(), outline: null, reports: null };
      this.versions.set(version, entry);
      for (const [old, { byId }] of this.versions) {
        if (this.versions.size <= this.maxVersions) break;
        for (const section of byId.values()) this.chars -= section.text.length;
        this.versions.delete(old);
      }
    }
    return entry;
  }

  /** The section `id` of `version`, if kept (it becomes the most recently used). */
  get(version: string, id: string): SectionText | undefined {
    const byId = this.versions.get(version)?.byId;
    const section = byId?.get(id);
    if (section) {
      byId!.delete(id);
      byId!.set(id, section);
    }
    return section;
  }

  /** Keeps a section of `version`, dropping the least recently used past `maxChars`. */
  put(version: string, section: SectionText): void {
    const { byId } = this.entry(version);
    const before = byId.get(section.id);
    if (before) this.chars -= before.text.length;
    byId.delete(section.id);
    byId.set(section.id, section);
    this.chars += section.text.length;
    for (const [, entry] of this.versions) {
      for (const [id, kept] of entry.byId) {
        if (this.chars <= this.maxChars) return;
        entry.byId.delete(id);
        this.chars -= kept.text.length;
      }
    }
  }

  /** Every section of `version` in outline order, if kept (see Neo4jVersionReader.sections). */
  outline(version: string): Section[] | null {
    return this.versions.get(version)?.outline ?? null;
  }

  setOutline(version: string, sections: Section[]): void {
    this.entry(version).outline = sections;
  }

  /** The reports of `version` in seed order, if kept: as immutable as its sections (Target.report reads them). */
  reports(version: string): ReportRecord[] | null {
    return this.versions.get(version)?.reports ?? null;
  }

  setReports(version: string, reports: ReportRecord[]): void {
    this.entry(version).reports = reports;
  }
}

/**
 * Neo4j errors that trying again will not cure: the credentials, the database's name, the
 * user's rights. The store stops its retry loop on them and /readyz says why.
 */
const PERMANENT_CODES = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
  'Neo.ClientError.Security.Forbidden',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/** True when retrying cannot help (see PERMANENT_CODES); everything else is treated as transient. */
export function isPermanentNeo4jError(error: unknown): boolean {
  return PERMANENT_CODES.has((error as { code?: string } | null)?.code ?? '');
}

/** Neo4j's answer to a query that it could not run, said in the API's terms. */
export function translateNeo4jError(error: unknown): Error {
  const e = error as { code?: string; message?: string };
  const code = e?.code ?? '';
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new StoreUnavailableError('Neo4j rejected the credentials; check NEO4J_USER and NEO4J_PASSWORD', { cause: error });
  }
  if (code === 'Neo.ClientError.Security.CredentialsExpired' || code === 'Neo.ClientError.Security.Forbidden') {
    return new StoreUnavailableError(`Neo4j refused the user NEO4J_USER (${code}); check its password and rights`, { cause: error });
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError') || code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new StoreUnavailableError(code === 'Neo.ClientError.Database.DatabaseNotFound' ? `Neo4j has no such database (NEO4J_DATABASE): ${e.message}` : `Neo4j is not reachable (${code})`, { cause: error });
  }
  if (code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
    return new StoreUnavailableError('Neo4j did not answer in time', { cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * A query's text on one line. neo4j-driver writes a message to its socket in pieces of 1400
 * bytes and does not turn off Nagle's algorithm, so a query whose text and parameters do not
 * fit in one piece waits for the server's delayed acknowledgement of the first: 40 ms on
 * Linux. Indentation alone can push a query over; tests/store/neo4j-cypher.test.ts checks
 * every query here against the limit.
 */
const oneLine = (cypher: string) => cypher.replace(/\s+/g, ' ').trim();

export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * Runs one read query in a session of its own, as an auto-commit transaction: RUN and PULL go
 * out together and the answer comes back in one round trip, where a managed transaction
 * (`executeRead`) adds BEGIN before it and COMMIT after it. Every read here is one statement,
 * so an explicit transaction adds nothing but those round trips. The benchmark runs its
 * baseline through this too, so the two are measured alike.
 */
export async function runRead(driver: Driver, database: string, { cypher, params }: CypherQuery, timeoutMs: number): Promise<Neo4jRecord[]> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    return (await withoutCallerStack(() => session.run(cypher, params, { timeout: timeoutMs }))).records;
  } finally {
    await session.close();
  }
}

/**
 * Runs `start` (which must start its work synchronously) without capturing a stack trace.
 * neo4j-driver's Result captures and formats the caller's stack on every query (`new
 * Error().stack`), to put it on a failure's error; under source maps (tsx turns them on) that
 * formatting maps every frame and cost about 1 ms of the server's CPU per query in the
 * profile (scripts/bench/BENCHMARKS.md). Errors here are translated into the API's own
 * (translateNeo4jError) and never shown with that stack, so nothing is lost.
 */
function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A read of one graph version: the query with `$v` bound to the version's id. */
export function atVersion({ cypher, params }: CypherQuery, version: string): CypherQuery {
  return { cypher, params: { ...params, v: version } };
}

/**
 * The Cypher of every read: each builder returns the query text (from fixed parts only, on one
 * line) and its parameters, all but `$v`, the graph version read, which atVersion adds. Every
 * node a query starts from is matched with its version; relationships never leave a version.
 * The benchmark runs the same builders straight through the driver.
 */
export const CYPHER = {
  entities(ids: readonly string[]): CypherQuery {
    return { cypher: 'UNWIND $ids AS id OPTIONAL MATCH (n:Entity {version: $v, id: id}) RETURN n', params: { ids } };
  },

  listEntities({ types, first, after, reports }: { types?: readonly EntityType[] | null; first: number; after?: string | null; reports?: ReportFilter }): CypherQuery {
    return {
      cypher: oneLine(`
        CALL { MATCH (n:Entity {version: $v}) WHERE ($types IS NULL OR n.type IN $types) AND ${KEEP_ENTITY('n')} RETURN count(n) AS total }
        CALL { MATCH (n:Entity {version: $v}) WHERE ($types IS NULL OR n.type IN $types) AND ${KEEP_ENTITY('n')} AND ($after IS NULL OR n.id > $after)
               RETURN n ORDER BY n.id LIMIT $limit }
        RETURN total, collect(n) AS nodes`),
      params: { types: types?.length ? types : null, after: after ?? null, limit: neo4j.int(first + 1), reports: reportsParam(reports) },
    };
  },

  search(text: string, types: readonly EntityType[] | null | undefined, reports?: ReportFilter) {
    const query = parseQuery(text, types);
    const parts = lookupParts(query);
    const han = parts.filter((p) => p.kind === 'han');
    const pairs = han.filter((p) => [...p.text].length > 1).map((p) => `(${hanTerms(p).map((t) => `"${t}"`).join(' AND ')})`);
    const pinyin = [...parts.flatMap((p) => (p.pinyin ? [p.pinyin] : [])), ...(query.pinyinRun ? [query.pinyinRun] : [])];
    const stems = parts.flatMap((p) => (p.stem ? [p.stem.length >= 3 ? `${p.stem}*` : p.stem] : []));
    // Every term is made of [a-z0-9] or Han characters only (search-query.ts): nothing the user
    // typed reaches Lucene's query syntax.
    const fulltext = ([[FULLTEXT.chinese, pairs.join(' OR ')], [FULLTEXT.pinyin, pinyin.map((w) => `${w}*`).join(' OR ')], [FULLTEXT.english, stems.join(' OR ')]] as const)
      .filter(([, q]) => q !== '');
    const params = {
      types: types?.length ? types : null,
      number: query.glossaryNumber,
      fulltext,
      characters: han.filter((p) => [...p.text].length === 1).map((p) => p.text),
      initials: query.initials,
      candidates: neo4j.int(SEARCH_CANDIDATES),
      reports: reportsParam(reports),
    };
    // Short on purpose: with its parameters the query must fit in one socket write (see
    // tests/store/neo4j-cypher.test.ts). The index names in $fulltext come from FULLTEXT, never input.
    const cypher = `CALL {
         MATCH (n:GlossaryTerm {version: $v, number: $number}) RETURN n, true AS p
         UNION
         UNWIND $fulltext AS f CALL db.index.fulltext.queryNodes(f[0], f[1], {limit: $candidates}) YIELD node RETURN node AS n, false AS p
         UNION
         WITH $characters AS cs WHERE size(cs) > 0 OR $initials IS NOT NULL
         MATCH (n:Entity {version: $v}) WHERE any(c IN cs WHERE n.searchChinese CONTAINS c) OR n.searchInitials CONTAINS $initials RETURN n, false AS p
       }
       WITH n, p WHERE n.version = $v AND ($types IS NULL OR n.type IN $types) AND ${KEEP_ENTITY('n')}
       RETURN n {.*, searchChinese: null, searchPinyin: null, searchEnglish: null} AS n, p`;
    return { cypher: oneLine(cypher), params, query };
  },

  /**
   * The entities within `depth` hops, nearest first and, at one distance, best-connected first
   * (as the memory store takes them), cut at `limit`; and the relations among them. ANY
   * SHORTEST finds each entity's distance in one breadth-first search, with the relation
   * filter applied on every hop.
   */
  neighborhood({ id, depth, relationTypes, direction, limit, reports }: NeighborhoodQuery): CypherQuery {
    // Without a reports filter the hop's condition is the relation filter alone, as before.
    const hop = reportsParam(reports) ? `${RELATION_FILTER} AND ${KEEP_RELATION}` : RELATION_FILTER;
    const cypher = `
      MATCH (start:Entity {version: $v, id: $id})
      OPTIONAL MATCH p = ANY SHORTEST (start)(${HOP[direction]} WHERE ${hop}){1,${Math.min(3, Math.max(1, depth))}}(m:Entity)
      WHERE m <> start
      WITH start, m, length(p) AS hops ORDER BY hops, m.degree DESC, m.id
      WITH start, collect(m) AS reached
      WITH [start] + reached[..$limit - 1] AS seen, size(reached) >= $limit AS truncated
      RETURN seen, truncated, COLLECT {
        UNWIND seen AS a
        MATCH (a)-[r]->(b:Entity) WHERE b IN seen AND ${hop}
        RETURN [r, a.id, b.id]
      } AS relations`;
    return { cypher: oneLine(cypher), params: { id, limit: neo4j.int(limit), relationTypes: relationTypes?.length ? relationTypes : null, reports: reportsParam(reports) } };
  },

  relationsOf(ids: readonly string[], { direction, types }: RelationFilter): CypherQuery {
    return {
      cypher: oneLine(`
        UNWIND $ids AS id
        OPTIONAL MATCH (f:Entity {version: $v, id: id})
        CALL { WITH f MATCH ${PATTERN[direction]} WHERE ${RELATION_FILTER}
               RETURN r, startNode(r).id AS source, endNode(r).id AS target }
        RETURN id, collect([r, source, target]) AS relations`),
      params: { ids, relationTypes: types?.length ? types : null },
    };
  },

  shortestPath({ from, to, maxLength, relationTypes }: PathQuery): CypherQuery {
    return {
      cypher: oneLine(`
        OPTIONAL MATCH (a:Entity {version: $v, id: $from})
        OPTIONAL MATCH (b:Entity {version: $v, id: $to})
        OPTIONAL CALL {
          WITH a, b
          WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
          MATCH p = shortestPath((a)-[*0..10]-(b))
          WHERE length(p) <= $maxLength AND all(r IN relationships(p) WHERE $relationTypes IS NULL OR type(r) IN $relationTypes)
          RETURN p LIMIT 1
        }
        RETURN a IS NOT NULL AND b IS NOT NULL AS bothExist, p`),
      params: { from, to, maxLength: neo4j.int(maxLength), relationTypes: relationTypes?.length ? relationTypes : null },
    };
  },

  graph({ types, relationTypes, reports }: { types?: readonly EntityType[] | null; relationTypes?: readonly RelationType[] | null; reports?: ReportFilter }): CypherQuery {
    return {
      cypher: oneLine(`
        CALL { MATCH (n:Entity {version: $v}) WHERE ($types IS NULL OR n.type IN $types) AND ${KEEP_ENTITY('n')} RETURN collect(n) AS nodes }
        CALL { MATCH (a:Entity {version: $v})-[r]->(b:Entity)
               WHERE ($types IS NULL OR (a.type IN $types AND b.type IN $types)) AND ${RELATION_FILTER} AND ${KEEP_RELATION}
               RETURN collect([r, a.id, b.id]) AS relations }
        RETURN nodes, relations`),
      params: { types: types?.length ? types : null, relationTypes: relationTypes?.length ? relationTypes : null, reports: reportsParam(reports) },
    };
  },

  stats(top: number): CypherQuery {
    return {
      cypher: oneLine(`
        CALL { OPTIONAL MATCH (m:GraphVersion {id: $v}) RETURN m.seedVersion AS version }
        CALL { MATCH (n:Entity {version: $v}) WITH n.type AS type, count(*) AS count ORDER BY type RETURN collect({type: type, count: count}) AS entitiesByType }
        CALL { MATCH (:Entity {version: $v})-[r]->() WITH type(r) AS type, count(*) AS count ORDER BY type RETURN collect({type: type, count: count}) AS relationsByType }
        CALL { MATCH (n:Entity {version: $v}) WITH n ORDER BY n.degree DESC, n.id LIMIT $top RETURN collect(n) AS mostConnected }
        RETURN version, entitiesByType, relationsByType, mostConnected`),
      params: { top: neo4j.int(top) },
    };
  },

  reports(): CypherQuery {
    return { cypher: 'MATCH (r:Report {version: $v}) RETURN r ORDER BY r.order', params: {} };
  },

  /**
   * targetSeries in one query: the indicator matched by its keys, the reports of the asked
   * jurisdiction (by its exact keys, else by its other names when they fit one jurisdiction: the
   * names they fit when more), and the targets that MEASURE it in their series order.
   */
  targetSeries({ indicator, jurisdiction, kind }: TargetSeriesQuery): CypherQuery {
    const cypher = `
      OPTIONAL MATCH (i:Indicator {version: $v}) WHERE $indicator IN i.seriesKeys
      WITH i ORDER BY CASE WHEN i.id = $indicator THEN 0 ELSE 1 END, i.id LIMIT 1
      CALL { MATCH (r:Report {version: $v}) WITH r, $j IN r.jurisdictionOtherKeys AS o
        RETURN collect(CASE WHEN $j IS NULL OR $j IN r.jurisdictionKeys THEN r.id END) AS exact, collect(CASE WHEN o THEN r.id END) AS other, collect(DISTINCT CASE WHEN o THEN r.jurisdictionName END) AS names }
      WITH i, CASE WHEN size(exact) > 0 THEN exact WHEN size(names) = 1 THEN other ELSE [] END AS allowed, CASE WHEN size(exact) = 0 AND size(names) > 1 THEN names ELSE [] END AS ambiguous
      RETURN i IS NOT NULL AS found, size(allowed) > 0 AS jurisdictionFound, ambiguous, COLLECT { MATCH (t:Target)-[:MEASURES]->(i) MATCH (r:Report {version: $v, id: t.reportId})
             WHERE ($kind IS NULL OR t.kind = $kind) AND r.id IN allowed
             RETURN t ORDER BY t.period, r.levelRank, r.id, t.id } AS targets`;
    return { cypher: oneLine(cypher), params: { indicator: nameKey(indicator), j: jurisdiction == null ? null : nameKey(jurisdiction), kind: kind ?? null } };
  },

  /** What a targetSeries could have asked, for its error when nothing matched: every indicator and jurisdiction. */
  targetSeriesChoices(): CypherQuery {
    const cypher = `
      RETURN COLLECT { MATCH (x:Indicator {version: $v}) RETURN [x.id, x.name, x.nameEn] ORDER BY x.id } AS indicators,
        COLLECT { MATCH (r:Report {version: $v}) RETURN DISTINCT r.jurisdictionName } AS jurisdictions`;
    return { cypher: oneLine(cypher), params: {} };
  },

  sections(ids: readonly string[]): CypherQuery {
    return { cypher: 'UNWIND $ids AS id OPTIONAL MATCH (s:Section {version: $v, id: id}) RETURN s', params: { ids } };
  },

  allSections(): CypherQuery {
    // Report by report (in seed order), each in reading order.
    return { cypher: 'MATCH (s:Section {version: $v}) OPTIONAL MATCH (r:Report {version: $v, id: s.reportId}) RETURN s ORDER BY r.order, s.start, size(s.path)', params: {} };
  },

  entitiesInSections(ids: readonly string[]): CypherQuery {
    return {
      cypher: oneLine(`
        UNWIND $ids AS sid
        CALL { WITH sid MATCH (n:Entity {version: $v}) WHERE sid IN n.sectionIds RETURN n ORDER BY n.id }
        RETURN sid, collect(n) AS entities`),
      params: { ids },
    };
  },
};

/**
 * The answers of one graph version: every GraphStore read, each one query with `$v` bound to
 * the version. The store hands one to each request (Neo4jStore.view), and the loader checks a
 * new version through one before it switches to it. It owns nothing: close() does nothing.
 */
export class Neo4jVersionReader implements GraphStore {
  readonly kind = 'neo4j' as const;

  /**
   * @param version the version read, or null when none can be: every read then fails with
   *   StoreUnavailableError(`unavailable`).
   * @param health what health() answers (the store's own check).
   */
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly timeoutMs: number,
    readonly version: ServedVersion | null,
    private readonly unavailable = 'no graph version is served',
    private readonly healthCheck: () => Promise<StoreHealth> = async () => ({ ready: version !== null, store: 'neo4j', seedVersion: version?.seedVersion ?? null, graphVersion: version?.id }),
    private readonly sectionCache: SectionCache = new SectionCache(),
  ) {}

  get seedVersion(): string {
    return this.version?.seedVersion ?? 'none';
  }

  health(): Promise<StoreHealth> {
    return this.healthCheck();
  }

  /** Runs one read query of this version; see runRead. */
  private async read(query: CypherQuery): Promise<Neo4jRecord[]> {
    if (!this.version) throw new StoreUnavailableError(this.unavailable);
    try {
      return await runRead(this.driver, this.database, atVersion(query, this.version.id), this.timeoutMs);
    } catch (error) {
      throw translateNeo4jError(error);
    }
  }

  async entitiesByIds(ids: readonly string[]): Promise<(EntityRecord | null)[]> {
    const rows = await this.read(CYPHER.entities(ids));
    return rows.map((r) => (r.get('n') ? toEntity(r.get('n')) : null));
  }

  async listEntities(page: { types?: readonly EntityType[] | null; first: number; after?: string | null; reports?: ReportFilter }): Promise<EntityPage> {
    const [row] = await this.read(CYPHER.listEntities(page));
    const nodes = ((row?.get('nodes') as Node[] | undefined) ?? []).map(toEntity);
    return { items: nodes.slice(0, page.first), totalCount: (row?.get('total') as number | undefined) ?? 0, hasNextPage: nodes.length > page.first };
  }

  /** One round trip: the candidates with their search documents, minus the index fields, ranked here. */
  async search({ text, types, first, reports }: { text: string; types?: readonly EntityType[] | null; first: number; reports?: ReportFilter }): Promise<SearchHitRecord[]> {
    const { query, ...search } = CYPHER.search(text, types, reports);
    const rows = await this.read(search);
    const docs = new Map<string, SearchDoc>();
    const candidates: Candidate[] = rows.map((row) => {
      const properties = row.get('n') as Record<string, unknown>;
      const entity = entityOf(properties);
      if (!docs.has(entity.id)) docs.set(entity.id, JSON.parse(properties.searchDocJson as string) as SearchDoc);
      return { entity, pinned: row.get('p') as boolean };
    });
    return rankCandidates(candidates, query, first, (e) => docs.get(e.id)!);
  }

  async relationsOf(ids: readonly string[], filter: RelationFilter): Promise<RelationRecord[][]> {
    const rows = await this.read(CYPHER.relationsOf(ids, filter));
    const byEntity = new Map(rows.map((row) => [
      row.get('id') as string,
      (row.get('relations') as [Relationship, string, string][]).map(([r, s, t]) => toRelation(r, s, t)).sort(byId),
    ]));
    return ids.map((id) => byEntity.get(id) ?? []);
  }

  async neighborhood(query: NeighborhoodQuery): Promise<SubgraphRecord | null> {
    const [row] = await this.read(CYPHER.neighborhood(query));
    if (!row) return null;
    const relations = (row.get('relations') as [Relationship, string, string][]).map(([r, s, t]) => toRelation(r, s, t));
    relations.sort(byId);
    return { nodes: (row.get('seen') as Node[]).map(toEntity), relations, truncated: row.get('truncated') as boolean };
  }

  async shortestPath(query: PathQuery): Promise<PathRecord | null | undefined> {
    const [row] = await this.read(CYPHER.shortestPath(query));
    if (!row!.get('bothExist')) return undefined;
    const path = row!.get('p') as { segments: { start: Node; relationship: Relationship; end: Node }[]; start: Node } | null;
    if (!path) return null;
    const nodes = [toEntity(path.start)];
    const relations: RelationRecord[] = [];
    for (const segment of path.segments) {
      const r = segment.relationship;
      const forward = r.startNodeElementId === segment.start.elementId;
      const [source, target] = forward ? [segment.start, segment.end] : [segment.end, segment.start];
      relations.push(toRelation(r, (source.properties as { id: string }).id, (target.properties as { id: string }).id));
      nodes.push(toEntity(segment.end));
    }
    return { nodes, relations };
  }

  async graph(filter: { types?: readonly EntityType[] | null; relationTypes?: readonly RelationType[] | null; reports?: ReportFilter }): Promise<SubgraphRecord> {
    const [row] = await this.read(CYPHER.graph(filter));
    const nodes = (row!.get('nodes') as Node[]).map(toEntity).sort(byId);
    const relations = (row!.get('relations') as [Relationship, string, string][]).map(([r, s, t]) => toRelation(r, s, t));
    relations.sort(byId);
    return { nodes, relations, truncated: false };
  }

  async stats({ top }: { top: number }): Promise<StatsRecord> {
    const [row] = await this.read(CYPHER.stats(top));
    const entitiesByType = row!.get('entitiesByType') as { type: EntityType; count: number }[];
    const relationsByType = row!.get('relationsByType') as { type: RelationType; count: number }[];
    return {
      seedVersion: row!.get('version') as string,
      entityCount: entitiesByType.reduce((a, b) => a + b.count, 0),
      relationCount: relationsByType.reduce((a, b) => a + b.count, 0),
      entitiesByType,
      relationsByType,
      mostConnected: (row!.get('mostConnected') as Node[]).map(toEntity),
    };
  }

  /** The reports, from the version's cache after the first read (see SectionCache). */
  async reports(): Promise<ReportRecord[]> {
    if (!this.version) throw new StoreUnavailableError(this.unavailable);
    let reports = this.sectionCache.reports(this.version.id);
    if (!reports) {
      reports = (await this.read(CYPHER.reports())).map((row) => toReport(row.get('r') as Node));
      this.sectionCache.setReports(this.version.id, reports);
    }
    return reports.map((r) => ({ ...r, jurisdiction: { ...r.jurisdiction } }));
  }

  /** The served version's report ids (read with the pointer); StoreUnavailableError when none is served. */
  reportIds(): readonly string[] {
    if (!this.version) throw new StoreUnavailableError(this.unavailable);
    return this.version.reportIds;
  }

  async targetSeries(query: TargetSeriesQuery): Promise<TargetSeriesResult> {
    const [row] = await this.read(CYPHER.targetSeries(query));
    const found = row!.get('found') as boolean;
    const ambiguous = row!.get('ambiguous') as string[];
    if (found && ambiguous.length > 0) return { kind: 'ambiguousJurisdiction', jurisdictions: ambiguous };
    if (found && row!.get('jurisdictionFound')) return { kind: 'ok', targets: (row!.get('targets') as Node[]).map(toEntity) };
    // Nothing matched: a second read for what could have been asked (an error's path only).
    const [choices] = await this.read(CYPHER.targetSeriesChoices());
    if (!found) {
      return { kind: 'unknownIndicator', indicators: (choices!.get('indicators') as [string, string, string | null][]).map(([id, name, nameEn]) => ({ id, name, nameEn: nameEn ?? null })) };
    }
    return { kind: 'unknownJurisdiction', jurisdictions: choices!.get('jurisdictions') as string[] };
  }

  /**
   * The sections of `ids` with their text, from the section cache, reading the ones it lacks
   * in one query (none when it has them all). Unknown ids are absent from the map.
   */
  private async sectionTexts(ids: Iterable<string>): Promise<Map<string, SectionText>> {
    if (!this.version) throw new StoreUnavailableError(this.unavailable);
    const version = this.version.id;
    const found = new Map<string, SectionText>();
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      const kept = this.sectionCache.get(version, id);
      if (kept) found.set(id, kept);
      else missing.push(id);
    }
    if (missing.length > 0) {
      for (const row of await this.read(CYPHER.sections(missing))) {
        const node = row.get('s') as Node | null;
        if (!node) continue;
        const section = toSection(node);
        this.sectionCache.put(version, section);
        found.set(section.id, section);
      }
    }
    return found;
  }

  async sectionsByIds(ids: readonly string[]): Promise<(Section | null)[]> {
    const sections = await this.sectionTexts(ids);
    return ids.map((id) => {
      const section = sections.get(id);
      return section ? withoutText(section) : null;
    });
  }

  async sections(): Promise<Section[]> {
    if (!this.version) throw new StoreUnavailableError(this.unavailable);
    const kept = this.sectionCache.outline(this.version.id);
    if (kept) return kept.map((s) => ({ ...s }));
    const rows = await this.read(CYPHER.allSections());
    const sections = rows.map((r) => withoutText(toSection(r.get('s'))));
    this.sectionCache.setOutline(this.version.id, sections);
    return sections.map((s) => ({ ...s }));
  }

  async entitiesInSections(ids: readonly string[]): Promise<EntityRecord[][]> {
    const rows = await this.read(CYPHER.entitiesInSections(ids));
    const bySection = new Map(rows.map((r) => [r.get('sid') as string, (r.get('entities') as Node[]).map(toEntity)]));
    return ids.map((id) => bySection.get(id) ?? []);
  }

  /** The passages of `mentions`, from the sections' text (see SectionCache): no query when the sections are kept. */
  async passages(mentions: readonly Mention[]): Promise<Passage[]> {
    const sections = await this.sectionTexts(mentions.map((m) => m.sectionId));
    return mentions.map((m) => {
      const section = sections.get(m.sectionId);
      if (!section) throw new StoreUnavailableError(`Neo4j has no section ${m.sectionId}; the seed is being reloaded`);
      // Sentences never cross a section, so the section's own text is enough for the context.
      return passageOf(section.text, m.start - section.start, m.end - section.start);
    });
  }

  async close(): Promise<void> {}
}

export interface Neo4jStoreOptions {
  config: Neo4jConfig;
  /** Longest a query may run in the database, in milliseconds. */
  timeoutMs: number;
  /** How often the pointer is read to notice a switch, in milliseconds (default: `config.pollMs`). */
  pollMs?: number;
  /** Longest wait between tries while Neo4j cannot be reached, in milliseconds (default: `config.retryMs`). */
  retryMs?: number;
  /**
   * How long a version stays served without the pointer being read again, in milliseconds
   * (default: `config.staleMs`). Past it, reads stop (STORE_UNAVAILABLE) rather than risk reading a version
   * the loader has since replaced and deleted; the loader's grace is longer than this.
   */
  staleMs?: number;
  log?: (message: string) => void;
}

/** The store's idea of the database, from its last look at the pointer. */
type PointerView =
  | { kind: 'unknown'; reason: string }
  | { kind: 'served'; version: ServedVersion; confirmedAt: number }
  | { kind: 'empty'; reason: string }
  | { kind: 'stopped'; reason: string };

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private readonly driver: Driver;
  private readonly database: string;
  private readonly timeoutMs: number;
  private readonly pollMs: number;
  private readonly retryMs: number;
  private readonly staleMs: number;
  private readonly log: (message: string) => void;
  private state: PointerView = { kind: 'unknown', reason: 'not connected yet' };
  /** Why the last look at the pointer failed, when it did (a transient fault). */
  private problem: string | null = null;
  private failures = 0;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;
  /** Sections read, per graph version, shared by every request's view (see SectionCache). */
  private readonly sectionCache = new SectionCache();

  constructor(options: Neo4jStoreOptions) {
    const { config } = options;
    this.driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      disableLosslessIntegers: true,
      connectionTimeout: 3_000,
      connectionAcquisitionTimeout: 5_000,
      maxTransactionRetryTime: 2_000,
      maxConnectionPoolSize: 50,
    });
    this.database = config.database;
    this.timeoutMs = options.timeoutMs;
    this.pollMs = options.pollMs ?? config.pollMs;
    this.retryMs = options.retryMs ?? config.retryMs;
    this.staleMs = options.staleMs ?? config.staleMs;
    this.log = options.log ?? (() => {});
  }

  /** The seed version of the graph served, or 'none'; the response cache keys answers by it. */
  get seedVersion(): string {
    return this.state.kind === 'served' ? this.state.version.seedVersion : 'none';
  }

  /** The graph version served (its id and what it holds), or null. */
  get servedVersion(): ServedVersion | null {
    return this.state.kind === 'served' ? this.state.version : null;
  }

  /**
   * Reads the pointer now and starts the loop that keeps reading it: every `pollMs` while
   * Neo4j answers, after a growing delay (up to `retryMs`) while it does not, and never again
   * after a fault that waiting cannot cure. Resolves after the first read, whatever it found.
   */
  async start(): Promise<void> {
    await this.refresh();
    this.schedule();
  }

  private schedule(): void {
    if (this.closed || this.state.kind === 'stopped') return;
    const delay = this.problem ? Math.min(this.retryMs, this.pollMs * 2 ** Math.min(this.failures, 10)) : this.pollMs;
    this.timer = setTimeout(() => void this.refresh().finally(() => this.schedule()), delay);
    this.timer.unref();
  }

  /** One look at the pointer; updates what the store serves. Never throws. */
  private async refresh(): Promise<void> {
    if (this.state.kind === 'stopped') return;
    try {
      const found = await servedVersion(this.driver, this.database, this.timeoutMs);
      this.problem = null;
      this.failures = 0;
      if (found.kind === 'mismatch') {
        this.stop(found.reason);
      } else if (found.kind === 'empty') {
        if (this.state.kind !== 'empty') this.log(`neo4j: ${found.reason}`);
        this.state = found;
      } else {
        const before = this.state.kind === 'served' ? this.state.version.id : null;
        if (before !== found.version.id) this.log(`neo4j: serving graph version ${found.version.id} (seed ${found.version.seedVersion}${before ? `, replacing ${before}` : ''})`);
        this.state = { kind: 'served', version: found.version, confirmedAt: Date.now() };
      }
    } catch (error) {
      const translated = translateNeo4jError(error);
      const problem = translated instanceof StoreUnavailableError ? translated.reason : translated.message;
      if (isPermanentNeo4jError(error)) {
        this.stop(problem);
        return;
      }
      if (!this.problem) this.log(`neo4j: ${problem}; trying again`);
      this.problem = problem;
      this.failures += 1;
    }
  }

  private stop(reason: string): void {
    this.log(`neo4j: ${reason}; not trying again (restart the server once it is fixed)`);
    this.state = { kind: 'stopped', reason };
    if (this.timer) clearTimeout(this.timer);
  }

  /** Why reads cannot be answered now, or null when they can. */
  private unavailableReason(): string | null {
    const { state } = this;
    if (state.kind !== 'served') return this.problem ?? state.reason;
    if (Date.now() - state.confirmedAt > this.staleMs) {
      return `the graph version served (${state.version.id}) has not been confirmed for ${Math.round((Date.now() - state.confirmedAt) / 1000)} s${this.problem ? `: ${this.problem}` : ''}`;
    }
    return null;
  }

  /**
   * The store fixed to the version served now: every answer of the view comes from that one
   * version, even if the pointer moves meanwhile. One request takes one view.
   */
  view(): Neo4jVersionReader {
    const reason = this.unavailableReason();
    const version = reason === null && this.state.kind === 'served' ? this.state.version : null;
    return new Neo4jVersionReader(this.driver, this.database, this.timeoutMs, version, reason ?? undefined, () => this.health(), this.sectionCache);
  }

  /**
   * Ready when the pointer, read now, names a version this release can read. The reason says
   * otherwise: no version loaded yet, Neo4j unreachable, or what stopped the retry loop.
   */
  async health(): Promise<StoreHealth> {
    if (this.state.kind !== 'stopped') await this.refresh();
    const { state } = this;
    if (state.kind === 'served' && !this.problem) {
      return { ready: true, store: 'neo4j', seedVersion: state.version.seedVersion, graphVersion: state.version.id, switchedAt: state.version.switchedAt };
    }
    return { ready: false, store: 'neo4j', seedVersion: null, reason: state.kind === 'stopped' ? state.reason : (this.problem ?? (state.kind === 'served' ? 'unknown' : state.reason)) };
  }

  entitiesByIds(ids: readonly string[]): Promise<(EntityRecord | null)[]> {
    return this.view().entitiesByIds(ids);
  }

  listEntities(page: { types?: readonly EntityType[] | null; first: number; after?: string | null; reports?: ReportFilter }): Promise<EntityPage> {
    return this.view().listEntities(page);
  }

  search(query: { text: string; types?: readonly EntityType[] | null; first: number; reports?: ReportFilter }): Promise<SearchHitRecord[]> {
    return this.view().search(query);
  }

  reports(): Promise<ReportRecord[]> {
    return this.view().reports();
  }

  reportIds(): readonly string[] {
    return this.view().reportIds();
  }

  targetSeries(query: TargetSeriesQuery): Promise<TargetSeriesResult> {
    return this.view().targetSeries(query);
  }

  relationsOf(ids: readonly string[], filter: RelationFilter): Promise<RelationRecord[][]> {
    return this.view().relationsOf(ids, filter);
  }

  neighborhood(query: NeighborhoodQuery): Promise<SubgraphRecord | null> {
    return this.view().neighborhood(query);
  }

  shortestPath(query: PathQuery): Promise<PathRecord | null | undefined> {
    return this.view().shortestPath(query);
  }

  graph(filter: { types?: readonly EntityType[] | null; relationTypes?: readonly RelationType[] | null; reports?: ReportFilter }): Promise<SubgraphRecord> {
    return this.view().graph(filter);
  }

  stats(query: { top: number }): Promise<StatsRecord> {
    return this.view().stats(query);
  }

  sectionsByIds(ids: readonly string[]): Promise<(Section | null)[]> {
    return this.view().sectionsByIds(ids);
  }

  sections(): Promise<Section[]> {
    return this.view().sections();
  }

  entitiesInSections(ids: readonly string[]): Promise<EntityRecord[][]> {
    return this.view().entitiesInSections(ids);
  }

  passages(mentions: readonly Mention[]): Promise<Passage[]> {
    return this.view().passages(mentions);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await this.driver.close();
  }
}
