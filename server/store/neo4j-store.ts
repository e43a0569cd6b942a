/**
 * The Neo4j store: the same GraphStore answers as the memory store, from a Neo4j 5 database.
 *
 * One session per operation, closed in `finally`; one Cypher query per API call, run as an
 * auto-commit read (see runRead); every value a parameter. The only text put into Cypher is
 * chosen from fixed lists (relation patterns per direction, labels per type, the depth of a
 * traversal from 1 to 3), never taken from input. Variable-length patterns are always bounded.
 *
 * The server starts whether or not Neo4j answers: a background loop loads the seed when the
 * database is reachable and holds no seed or another version, and queries meanwhile fail fast
 * with STORE_UNAVAILABLE. When Neo4j comes back, the next query simply succeeds.
 */
import neo4j, { type Driver, type Node, type Record as Neo4jRecord, type Relationship } from 'neo4j-driver';
import type { SeedArtefact } from '../../graph-seed/types.ts';
import type { Neo4jConfig } from '../config.ts';
import { StoreUnavailableError } from './errors.ts';
import { FULLTEXT, loadSeed, loadStamp, loadedStamp } from './neo4j-schema.ts';
import { passageOf } from './passages.ts';
import { hanTerms, lookupParts, parseQuery, rankCandidates, type Candidate, type SearchDoc } from './search-query.ts';
import type {
  Direction, EntityPage, EntityRecord, EntityType, GraphStore, Mention, NeighborhoodQuery, Passage, PathQuery, PathRecord,
  RelationFilter, RelationRecord, RelationType, SearchHitRecord, Section, StatsRecord, StoreHealth, SubgraphRecord,
} from './types.ts';

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
const SEARCH_CANDIDATES = 1000;

const ENTITY_FIELDS = [
  'id', 'type', 'name', 'nameEn', 'pinyin', 'aliases', 'description', 'descriptionEn', 'degree',
  'level', 'category', 'number', 'definition', 'definitionEn', 'indicator', 'value', 'unit', 'comparator', 'period', 'kind', 'x', 'y',
] as const;
const NULLABLE = new Set(['nameEn', 'description', 'descriptionEn']);

function toEntity(node: Node): EntityRecord {
  return entityOf(node.properties as Record<string, unknown>);
}

/** An entity record from a node's properties (or a map projection of them). */
function entityOf(p: Record<string, unknown>): EntityRecord {
  const record: Record<string, unknown> = { mentions: JSON.parse(p.mentionsJson as string) as Mention[] };
  for (const field of ENTITY_FIELDS) {
    if (p[field] !== undefined) record[field] = p[field];
    else if (NULLABLE.has(field)) record[field] = null;
  }
  record.aliases ??= [];
  return record as unknown as EntityRecord;
}

/** A relation's id is its type and its ends, `TYPE:source->target`: Neo4j does not store it (see neo4j-schema.ts). */
function toRelation(r: Relationship, source: string, target: string): RelationRecord {
  const p = r.properties as Record<string, unknown>;
  return { id: `${r.type}:${source}->${target}`, type: r.type as RelationType, source, target, evidence: JSON.parse(p.evidenceJson as string) as Mention[] };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function toSection(node: Node): Section & { text: string } {
  const p = node.properties as Record<string, unknown>;
  return {
    id: p.id as string, title: p.title as string, path: p.path as string[], parentId: (p.parentId as string | undefined) ?? null,
    start: p.start as number, end: p.end as number, strategyId: (p.strategyId as string | undefined) ?? null, text: p.text as string,
  };
}

/** Neo4j's answer to a query that it could not run, said in the API's terms. */
export function translateNeo4jError(error: unknown): Error {
  const e = error as { code?: string; message?: string };
  const code = e?.code ?? '';
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new StoreUnavailableError('Neo4j rejected the credentials; check NEO4J_USER and NEO4J_PASSWORD', { cause: error });
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
    return (await session.run(cypher, params, { timeout: timeoutMs })).records;
  } finally {
    await session.close();
  }
}

/**
 * The Cypher of every read: each builder returns the query text (from fixed parts only, on one
 * line) and its parameters. The benchmark runs the same builders straight through the driver.
 */
export const CYPHER = {
  entities(ids: readonly string[]): CypherQuery {
    return { cypher: 'UNWIND $ids AS id OPTIONAL MATCH (n:Entity {id: id}) RETURN n', params: { ids } };
  },

  listEntities({ types, first, after }: { types?: readonly EntityType[] | null; first: number; after?: string | null }): CypherQuery {
    return {
      cypher: oneLine(`
        CALL { MATCH (n:Entity) WHERE $types IS NULL OR n.type IN $types RETURN count(n) AS total }
        CALL { MATCH (n:Entity) WHERE ($types IS NULL OR n.type IN $types) AND ($after IS NULL OR n.id > $after)
               RETURN n ORDER BY n.id LIMIT $limit }
        RETURN total, collect(n) AS nodes`),
      params: { types: types?.length ? types : null, after: after ?? null, limit: neo4j.int(first + 1) },
    };
  },

  search(text: string, types: readonly EntityType[] | null | undefined) {
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
    };
    // Short on purpose: with its parameters the query must fit in one socket write (see
    // tests/store/neo4j-cypher.test.ts). The index names in $fulltext come from FULLTEXT, never input.
    const cypher = `CALL {
         MATCH (n:GlossaryTerm {number: $number}) RETURN n, true AS p
         UNION
         UNWIND $fulltext AS f CALL db.index.fulltext.queryNodes(f[0], f[1], {limit: $candidates}) YIELD node RETURN node AS n, false AS p
         UNION
         WITH $characters AS cs WHERE size(cs) > 0 OR $initials IS NOT NULL
         MATCH (n:Entity) WHERE any(c IN cs WHERE n.searchChinese CONTAINS c) OR n.searchInitials CONTAINS $initials RETURN n, false AS p
       }
       WITH n, p WHERE $types IS NULL OR n.type IN $types
       RETURN n {.*, searchChinese: null, searchPinyin: null, searchEnglish: null} AS n, p`;
    return { cypher: oneLine(cypher), params, query };
  },

  /**
   * The entities within `depth` hops, nearest first and, at one distance, best-connected first
   * (as the memory store takes them), cut at `limit`; and the relations among them. ANY
   * SHORTEST finds each entity's distance in one breadth-first search, with the relation
   * filter applied on every hop.
   */
  neighborhood({ id, depth, relationTypes, direction, limit }: NeighborhoodQuery): CypherQuery {
    const cypher = `
      MATCH (start:Entity {id: $id})
      OPTIONAL MATCH p = ANY SHORTEST (start)(${HOP[direction]} WHERE ${RELATION_FILTER}){1,${Math.min(3, Math.max(1, depth))}}(m:Entity)
      WHERE m <> start
      WITH start, m, length(p) AS hops ORDER BY hops, m.degree DESC, m.id
      WITH start, collect(m) AS reached
      WITH [start] + reached[..$limit - 1] AS seen, size(reached) >= $limit AS truncated
      RETURN seen, truncated, COLLECT {
        UNWIND seen AS a
        MATCH (a)-[r]->(b:Entity) WHERE b IN seen AND ${RELATION_FILTER}
        RETURN [r, a.id, b.id]
      } AS relations`;
    return { cypher: oneLine(cypher), params: { id, limit: neo4j.int(limit), relationTypes: relationTypes?.length ? relationTypes : null } };
  },

  relationsOf(ids: readonly string[], { direction, types }: RelationFilter): CypherQuery {
    return {
      cypher: oneLine(`
        UNWIND $ids AS id
        OPTIONAL MATCH (f:Entity {id: id})
        CALL { WITH f MATCH ${PATTERN[direction]} WHERE ${RELATION_FILTER}
               RETURN r, startNode(r).id AS source, endNode(r).id AS target }
        RETURN id, collect([r, source, target]) AS relations`),
      params: { ids, relationTypes: types?.length ? types : null },
    };
  },

  shortestPath({ from, to, maxLength, relationTypes }: PathQuery): CypherQuery {
    return {
      cypher: oneLine(`
        OPTIONAL MATCH (a:Entity {id: $from})
        OPTIONAL MATCH (b:Entity {id: $to})
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

  graph({ types, relationTypes }: { types?: readonly EntityType[] | null; relationTypes?: readonly RelationType[] | null }): CypherQuery {
    return {
      cypher: oneLine(`
        CALL { MATCH (n:Entity) WHERE $types IS NULL OR n.type IN $types RETURN collect(n) AS nodes }
        CALL { MATCH (a:Entity)-[r]->(b:Entity)
               WHERE ($types IS NULL OR (a.type IN $types AND b.type IN $types)) AND ${RELATION_FILTER}
               RETURN collect([r, a.id, b.id]) AS relations }
        RETURN nodes, relations`),
      params: { types: types?.length ? types : null, relationTypes: relationTypes?.length ? relationTypes : null },
    };
  },

  stats(top: number): CypherQuery {
    return {
      cypher: oneLine(`
        CALL { MATCH (m:SeedMeta {key: 'current'}) RETURN m.version AS version }
        CALL { MATCH (n:Entity) WITH n.type AS type, count(*) AS count ORDER BY type RETURN collect({type: type, count: count}) AS entitiesByType }
        CALL { MATCH ()-[r]->() WITH type(r) AS type, count(*) AS count ORDER BY type RETURN collect({type: type, count: count}) AS relationsByType }
        CALL { MATCH (n:Entity) WITH n ORDER BY n.degree DESC, n.id LIMIT $top RETURN collect(n) AS mostConnected }
        RETURN version, entitiesByType, relationsByType, mostConnected`),
      params: { top: neo4j.int(top) },
    };
  },

  sections(ids: readonly string[]): CypherQuery {
    return { cypher: 'UNWIND $ids AS id OPTIONAL MATCH (s:Section {id: id}) RETURN s', params: { ids } };
  },

  allSections(): CypherQuery {
    return { cypher: 'MATCH (s:Section) RETURN s ORDER BY s.start, size(s.path)', params: {} };
  },

  entitiesInSections(ids: readonly string[]): CypherQuery {
    return {
      cypher: oneLine(`
        UNWIND $ids AS sid
        CALL { WITH sid MATCH (n:Entity) WHERE sid IN n.sectionIds RETURN n ORDER BY n.id }
        RETURN sid, collect(n) AS entities`),
      params: { ids },
    };
  },
};

export interface Neo4jStoreOptions {
  config: Neo4jConfig;
  /** The seed to serve; loaded when the database holds no seed or another version. */
  seed: SeedArtefact;
  /** Longest a query may run in the database, in milliseconds. */
  timeoutMs: number;
  /** How often to try again while Neo4j cannot be reached or loaded. */
  retryMs?: number;
  log?: (message: string) => void;
}

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  readonly seedVersion: string;
  private readonly driver: Driver;
  private readonly database: string;
  private readonly seed: SeedArtefact;
  private readonly stamp: string;
  private readonly timeoutMs: number;
  private readonly log: (message: string) => void;
  private loaded = false;
  private lastProblem = 'not connected yet';
  private retry: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private readonly options: Neo4jStoreOptions) {
    const { config } = options;
    this.driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      disableLosslessIntegers: true,
      connectionTimeout: 3_000,
      connectionAcquisitionTimeout: 5_000,
      maxTransactionRetryTime: 2_000,
      maxConnectionPoolSize: 50,
    });
    this.database = config.database;
    this.seed = options.seed;
    this.stamp = loadStamp(options.seed);
    this.seedVersion = this.stamp;
    this.timeoutMs = options.timeoutMs;
    this.log = options.log ?? (() => {});
  }

  /** Makes sure the database serves this seed, loading it if needed; tries again until it does. */
  async start(): Promise<void> {
    try {
      const stamp = await loadedStamp(this.driver, this.database);
      if (stamp !== this.stamp) {
        this.log(`neo4j: loading seed ${this.stamp} (database holds ${stamp ?? 'none'})`);
        const started = Date.now();
        await loadSeed(this.driver, this.database, this.seed);
        this.log(`neo4j: seed ${this.seed.version} loaded in ${Date.now() - started} ms`);
      }
      this.loaded = true;
    } catch (error) {
      const problem = translateNeo4jError(error);
      this.lastProblem = problem.message;
      this.log(`neo4j: ${problem.message}; trying again in ${(this.options.retryMs ?? 5000) / 1000} s`);
      if (!this.closed) {
        this.retry = setTimeout(() => void this.start(), this.options.retryMs ?? 5000);
        this.retry.unref();
      }
    }
  }

  /** Runs one read query; see runRead. */
  private async read(query: CypherQuery): Promise<Neo4jRecord[]> {
    if (!this.loaded) throw new StoreUnavailableError(`the seed is not loaded into Neo4j yet: ${this.lastProblem}`);
    try {
      return await runRead(this.driver, this.database, query, this.timeoutMs);
    } catch (error) {
      throw translateNeo4jError(error);
    }
  }

  async health(): Promise<StoreHealth> {
    try {
      const stamp = await loadedStamp(this.driver, this.database);
      if (stamp !== this.stamp) {
        return { ready: false, store: 'neo4j', seedVersion: null, reason: stamp ? `Neo4j holds ${stamp}, not ${this.stamp}; it is being loaded` : 'no seed is loaded into Neo4j yet' };
      }
      this.loaded = true;
      return { ready: true, store: 'neo4j', seedVersion: this.seed.version };
    } catch (error) {
      return { ready: false, store: 'neo4j', seedVersion: null, reason: translateNeo4jError(error).message };
    }
  }

  async entitiesByIds(ids: readonly string[]): Promise<(EntityRecord | null)[]> {
    const rows = await this.read(CYPHER.entities(ids));
    return rows.map((r) => (r.get('n') ? toEntity(r.get('n')) : null));
  }

  async listEntities(page: { types?: readonly EntityType[] | null; first: number; after?: string | null }): Promise<EntityPage> {
    const [row] = await this.read(CYPHER.listEntities(page));
    const nodes = ((row?.get('nodes') as Node[] | undefined) ?? []).map(toEntity);
    return { items: nodes.slice(0, page.first), totalCount: (row?.get('total') as number | undefined) ?? 0, hasNextPage: nodes.length > page.first };
  }

  /** One round trip: the candidates with their search documents, minus the index fields, ranked here. */
  async search({ text, types, first }: { text: string; types?: readonly EntityType[] | null; first: number }): Promise<SearchHitRecord[]> {
    const { query, ...search } = CYPHER.search(text, types);
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

  async graph(filter: { types?: readonly EntityType[] | null; relationTypes?: readonly RelationType[] | null }): Promise<SubgraphRecord> {
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

  async sectionsByIds(ids: readonly string[]): Promise<(Section | null)[]> {
    const rows = await this.read(CYPHER.sections(ids));
    return rows.map((r) => {
      const node = r.get('s') as Node | null;
      if (!node) return null;
      const { text: _text, ...section } = toSection(node);
      return section;
    });
  }

  async sections(): Promise<Section[]> {
    const rows = await this.read(CYPHER.allSections());
    return rows.map((r) => {
      const { text: _text, ...section } = toSection(r.get('s'));
      return section;
    });
  }

  async entitiesInSections(ids: readonly string[]): Promise<EntityRecord[][]> {
    const rows = await this.read(CYPHER.entitiesInSections(ids));
    const bySection = new Map(rows.map((r) => [r.get('sid') as string, (r.get('entities') as Node[]).map(toEntity)]));
    return ids.map((id) => bySection.get(id) ?? []);
  }

  async passages(mentions: readonly Mention[]): Promise<Passage[]> {
    const rows = await this.read(CYPHER.sections([...new Set(mentions.map((m) => m.sectionId))]));
    const sections = new Map(rows.flatMap((r) => {
      const node = r.get('s') as Node | null;
      if (!node) return [];
      const section = toSection(node);
      return [[section.id, section] as const];
    }));
    return mentions.map((m) => {
      const section = sections.get(m.sectionId);
      if (!section) throw new StoreUnavailableError(`Neo4j has no section ${m.sectionId}; the seed is being reloaded`);
      // Sentences never cross a section, so the section's own text is enough for the context.
      return passageOf(section.text, m.start - section.start, m.end - section.start);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    await this.driver.close();
  }
}
