/**
 * GET /export/graph.gexf | graph.graphml | graph.json | nodes.csv | edges.csv — the graph, or a
 * part of it, as files. The same filters as the `graph` and `neighborhood` queries: `types` and
 * `relationTypes` (comma-separated), or `id` with `depth` (1–3), `limit` and `direction`.
 * A bad parameter gets a 400 that says what is allowed.
 */
import { ENTITY_TYPES, RELATION_TYPES } from '../../graph-seed/types.ts';
import { DIRECTIONS, type Direction, type EntityType, type GraphStore, type RelationType, type SubgraphRecord } from '../store/types.ts';
import { MAX_NEIGHBORHOOD_LIMIT } from '../schema/subgraph.ts';
import { toEdgesCsv, toGexf, toGraphml, toJson, toNodesCsv, type Provenance } from './formats.ts';

const FORMATS = {
  'graph.gexf': { type: 'application/gexf+xml; charset=utf-8', write: toGexf },
  'graph.graphml': { type: 'application/graphml+xml; charset=utf-8', write: toGraphml },
  'graph.json': { type: 'application/json; charset=utf-8', write: toJson },
  'nodes.csv': { type: 'text/csv; charset=utf-8', write: toNodesCsv },
  'edges.csv': { type: 'text/csv; charset=utf-8', write: toEdgesCsv },
} as const;

const PARAMETERS = new Set(['types', 'relationTypes', 'id', 'depth', 'limit', 'direction']);

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

/** The sub-graph the parameters ask for; throws ExportRequestError on a bad parameter. */
async function subgraphFor(store: GraphStore, params: URLSearchParams): Promise<{ subgraph: SubgraphRecord; name: string }> {
  for (const key of params.keys()) {
    if (!PARAMETERS.has(key)) throw new ExportRequestError(`unknown parameter "${key}"; allowed: ${[...PARAMETERS].join(', ')}`);
  }
  const types = list<EntityType>(params, 'types', ENTITY_TYPES);
  const relationTypes = list<RelationType>(params, 'relationTypes', RELATION_TYPES);
  const id = params.get('id');
  if (id === null) {
    for (const only of ['depth', 'limit', 'direction']) if (params.has(only)) throw new ExportRequestError(`${only} needs an id: the neighbourhood of which entity?`);
    return { subgraph: await store.graph({ types, relationTypes }), name: 'lechang-graph' };
  }
  if (types) throw new ExportRequestError('types filters the whole graph only; with an id, use relationTypes');
  const direction = (params.get('direction') ?? 'BOTH') as Direction;
  if (!DIRECTIONS.includes(direction)) throw new ExportRequestError(`direction must be one of ${DIRECTIONS.join(', ')}`);
  const subgraph = await store.neighborhood({
    id, relationTypes, direction, depth: integer(params, 'depth', 1, 1, 3), limit: integer(params, 'limit', 200, 1, MAX_NEIGHBORHOOD_LIMIT),
  });
  if (!subgraph) throw new ExportRequestError(`id: no entity "${id}"`);
  return { subgraph, name: `lechang-${id.replace(/[^a-z0-9]+/gi, '-')}` };
}

export function isExportPath(pathname: string): boolean {
  return pathname.startsWith('/export/');
}

export async function handleExport(store: GraphStore, url: URL, method: string): Promise<Response> {
  const file = url.pathname.slice('/export/'.length);
  const format = FORMATS[file as keyof typeof FORMATS];
  if (!format) {
    return Response.json({ error: `no export "${file}"; available: ${Object.keys(FORMATS).map((f) => `/export/${f}`).join(', ')}` }, { status: 404 });
  }
  if (method !== 'GET' && method !== 'HEAD') return Response.json({ error: 'exports are read with GET' }, { status: 405, headers: { allow: 'GET, HEAD' } });
  let found;
  try {
    found = await subgraphFor(store, url.searchParams);
  } catch (error) {
    if (error instanceof ExportRequestError) return Response.json({ error: error.message }, { status: 400 });
    throw error;
  }
  const { subgraph, name } = found;
  const mentions = [...subgraph.nodes.flatMap((n) => n.mentions), ...subgraph.relations.flatMap((r) => r.evidence)];
  const [passages, sections] = await Promise.all([store.passages(mentions), store.sections()]);
  const passageAt = new Map(mentions.map((m, i) => [`${m.start}:${m.end}`, passages[i]!]));
  const sectionById = new Map(sections.map((s) => [s.id, s]));
  const provenance: Provenance = {
    passage: (m) => passageAt.get(`${m.start}:${m.end}`)!,
    section: (sid) => sectionById.get(sid) ?? null,
  };
  const extension = file.slice(file.indexOf('.'));
  const filename = file.startsWith('graph.') ? `${name}${extension}` : `${name}-${file}`;
  return new Response(method === 'HEAD' ? null : format.write(subgraph, provenance), {
    headers: { 'content-type': format.type, 'content-disposition': `attachment; filename="${filename}"` },
  });
}
