/**
 * GET /export/graph.gexf | graph.graphml | graph.json | nodes.csv | edges.csv — the graph, or a
 * part of it, as files. The same filters as the `graph` and `neighborhood` queries: `types` and
 * `relationTypes` (comma-separated), or `id` with `depth` (1–3), `limit` and `direction`; or
 * `ids`, an explicit list of entity ids (what a canvas draws), with the relations among them
 * (optionally only `relationTypes`). A long `ids` list can be POSTed as a form
 * (application/x-www-form-urlencoded) with the same parameters.
 *
 * `reports` (comma-separated report ids) keeps what those reports support, by the rule of the
 * API's `reports` argument, on the whole graph and on a neighbourhood (not with `ids`, which
 * names the entities itself).
 *
 * The file name says the reports in view and the filter (lechang-2021-graph-types-town+park.gexf
 * on the default seed; reports-2-cn-2021+lechang-2021-graph.gexf with `reports`; reports-10-graph.gexf
 * on a ten-report seed: graph-seed/text/file-name.ts). A bad parameter gets a
 * 400 whose JSON carries `code` as GraphQL errors do (BAD_USER_INPUT; NOT_FOUND for an unknown
 * export; METHOD_NOT_ALLOWED), with a message that says what is allowed.
 */
import { ENTITY_TYPES, RELATION_TYPES } from '../../graph-seed/types.ts';
import { DIRECTIONS, type Direction, type EntityType, type GraphStore, type Mention, type RelationType, type SubgraphRecord } from '../store/types.ts';
import { MAX_NEIGHBORHOOD_LIMIT } from '../schema/subgraph.ts';
import { fileNamePart as slug, reportsFileName } from '../../graph-seed/text/file-name.ts';
import { toEdgesCsv, toGexf, toGraphml, toJson, toNodesCsv, type Provenance } from './formats.ts';

const FORMATS = {
  'graph.gexf': { type: 'application/gexf+xml; charset=utf-8', write: toGexf },
  'graph.graphml': { type: 'application/graphml+xml; charset=utf-8', write: toGraphml },
  'graph.json': { type: 'application/json; charset=utf-8', write: toJson },
  'nodes.csv': { type: 'text/csv; charset=utf-8', write: toNodesCsv },
  'edges.csv': { type: 'text/csv; charset=utf-8', write: toEdgesCsv },
} as const;

const PARAMETERS = new Set(['types', 'relationTypes', 'id', 'depth', 'limit', 'direction', 'ids', 'reports']);

/** Most entities an `ids` list may name: as many as the largest neighbourhood. */
export const MAX_EXPORT_IDS = MAX_NEIGHBORHOOD_LIMIT;

export class ExportRequestError extends Error {}

function list<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T[] | null {
  const raw = params.get(name);
  if (raw === null || raw.trim() === '') return null;
  return raw.split(',').map((v) => {
    const value = v.trim();
    if (!(allowed as readonly string[]).includes(value)) throw new ExportRequestError(`${name}: "${value}" is not one of ${allowed.join(', ')}`);
    return value as T;
  });
}

function integer(params: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = params.get(name);
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) throw new ExportRequestError(`${name} must be a whole number from ${min} to ${max}; got "${raw}"`);
  return Number(raw);
}

/** The `reports` parameter: known report ids (comma-separated), or null when absent; throws ExportRequestError naming the known ones. */
function reportList(store: GraphStore, params: URLSearchParams): string[] | null {
  const raw = params.get('reports');
  if (raw === null || raw.trim() === '') return null;
  const known = store.reportIds();
  const ids = [...new Set(raw.split(',').map((v) => v.trim()).filter(Boolean))];
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    throw new ExportRequestError(`reports: no report ${unknown.slice(0, 5).map((u) => `"${u}"`).join(', ')}; known reports: ${known.slice(0, 20).join(', ')}${known.length > 20 ? ` and ${known.length - 20} more` : ''}`);
  }
  return ids;
}

/** The sub-graph the parameters ask for, and a file name that says so; throws ExportRequestError on a bad parameter. */
async function subgraphFor(store: GraphStore, params: URLSearchParams): Promise<{ subgraph: SubgraphRecord; name: string }> {
  for (const key of params.keys()) {
    if (!PARAMETERS.has(key)) throw new ExportRequestError(`unknown parameter "${key}"; allowed: ${[...PARAMETERS].join(', ')}`);
  }
  const types = list<EntityType>(params, 'types', ENTITY_TYPES);
  const relationTypes = list<RelationType>(params, 'relationTypes', RELATION_TYPES);
  const reports = reportList(store, params);
  const relationsPart = relationTypes ? `-relations-${relationTypes.map(slug).join('+')}` : '';
  const inView = reportsFileName(reports ?? store.reportIds());
  const id = params.get('id');
  const ids = params.get('ids');
  if (ids !== null) {
    for (const other of ['id', 'types', 'depth', 'limit', 'direction', 'reports']) if (params.has(other)) throw new ExportRequestError(`ids names the entities itself; it cannot be combined with ${other}`);
    return { subgraph: await selection(store, ids, relationTypes), name: `${inView}-selection-${[...new Set(ids.split(',').map((v) => v.trim()).filter(Boolean))].length}-entities${relationsPart}` };
  }
  if (id === null) {
    for (const only of ['depth', 'limit', 'direction']) if (params.has(only)) throw new ExportRequestError(`${only} needs an id: the neighbourhood of which entity?`);
    const typesPart = types ? `-types-${types.map(slug).join('+')}` : '';
    return { subgraph: await store.graph({ types, relationTypes, reports }), name: `${inView}-graph${typesPart}${relationsPart}` };
  }
  if (types) throw new ExportRequestError('types filters the whole graph only; with an id, use relationTypes');
  const direction = (params.get('direction') ?? 'BOTH') as Direction;
  if (!DIRECTIONS.includes(direction)) throw new ExportRequestError(`direction must be one of ${DIRECTIONS.join(', ')}`);
  const depth = integer(params, 'depth', 1, 1, 3);
  const limit = integer(params, 'limit', 200, 1, MAX_NEIGHBORHOOD_LIMIT);
  const subgraph = await store.neighborhood({ id, relationTypes, direction, depth, limit, reports });
  if (!subgraph) throw new ExportRequestError(`id: no entity "${id}"`);
  const parts = [`depth-${depth}`, direction !== 'BOTH' ? direction.toLowerCase() : '', params.has('limit') ? `limit-${limit}` : ''].filter(Boolean);
  return { subgraph, name: `${inView}-${slug(id)}-${parts.join('-')}${relationsPart}` };
}

/**
 * Exactly the entities `ids` names (comma-separated; each must exist) and the relations among
 * them, each once: what a canvas that drew those entities shows.
 */
async function selection(store: GraphStore, raw: string, relationTypes: RelationType[] | null): Promise<SubgraphRecord> {
  const ids = [...new Set(raw.split(',').map((v) => v.trim()).filter(Boolean))];
  if (ids.length === 0) throw new ExportRequestError('ids: give at least one entity id, comma-separated');
  if (ids.length > MAX_EXPORT_IDS) throw new ExportRequestError(`ids names ${ids.length} entities; at most ${MAX_EXPORT_IDS} are allowed`);
  const nodes = await store.entitiesByIds(ids);
  const missing = ids.filter((_, i) => !nodes[i]);
  if (missing.length > 0) throw new ExportRequestError(`ids: no entity ${missing.slice(0, 5).map((m) => `"${m}"`).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}`);
  const wanted = new Set(ids);
  const outgoing = await store.relationsOf(ids, { direction: 'OUT', types: relationTypes });
  return { nodes: nodes.filter((n) => n !== null), relations: outgoing.flat().filter((r) => wanted.has(r.target)), truncated: false };
}

export function isExportPath(pathname: string): boolean {
  return pathname.startsWith('/export/');
}

/** An error answer of the export routes: the message, and the code GraphQL errors also carry. */
function failure(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: message, code, errors: [{ message, extensions: { code } }] }, { status, headers });
}

/**
 * Answers GET/HEAD (and a form POST) on /export/<file>; throws only what the store throws
 * (StoreUnavailableError), everything the caller got wrong is a coded 4xx.
 */
export async function handleExport(store: GraphStore, url: URL, request: Pick<Request, 'method' | 'headers' | 'text'>): Promise<Response> {
  const { method } = request;
  const file = url.pathname.slice('/export/'.length);
  const format = FORMATS[file as keyof typeof FORMATS];
  if (!format) {
    return failure(404, 'NOT_FOUND', `no export "${file}"; available: ${Object.keys(FORMATS).map((f) => `/export/${f}`).join(', ')}`);
  }
  let params = url.searchParams;
  if (method === 'POST') {
    if (!(request.headers.get('content-type') ?? '').startsWith('application/x-www-form-urlencoded')) {
      return failure(415, 'BAD_USER_INPUT', 'a POST to an export sends its parameters as application/x-www-form-urlencoded');
    }
    params = new URLSearchParams([...url.searchParams, ...new URLSearchParams(await request.text())]);
  } else if (method !== 'GET' && method !== 'HEAD') {
    return failure(405, 'METHOD_NOT_ALLOWED', 'exports are read with GET (or POST a form with a long ids list)', { allow: 'GET, HEAD, POST' });
  }
  let found;
  try {
    found = await subgraphFor(store, params);
  } catch (error) {
    if (error instanceof ExportRequestError) return failure(400, 'BAD_USER_INPUT', error.message);
    throw error;
  }
  const { subgraph, name } = found;
  const mentions = [...subgraph.nodes.flatMap((n) => n.mentions), ...subgraph.relations.flatMap((r) => r.evidence)];
  const [passages, sections] = await Promise.all([store.passages(mentions), store.sections()]);
  // Offsets are per report: the section (hence the report) is part of a passage's key.
  const key = (m: Mention) => `${m.sectionId}:${m.start}:${m.end}`;
  const passageAt = new Map(mentions.map((m, i) => [key(m), passages[i]!]));
  const sectionById = new Map(sections.map((s) => [s.id, s]));
  const provenance: Provenance = {
    passage: (m) => passageAt.get(key(m))!,
    section: (sid) => sectionById.get(sid) ?? null,
  };
  const extension = file.slice(file.indexOf('.'));
  const filename = file.startsWith('graph.') ? `${name}${extension}` : `${name}-${file}`;
  return new Response(method === 'HEAD' ? null : format.write(subgraph, provenance), {
    headers: { 'content-type': format.type, 'content-disposition': `attachment; filename="${filename}"` },
  });
}
