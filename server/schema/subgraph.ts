/** Sub-graphs and paths: neighbourhoods, shortest paths, and the whole graph for the explorer. */
import { builder } from '../builder.ts';
import type { Loaders } from '../context.ts';
import type { SubgraphRecord } from '../store/types.ts';
import { checkRange, notFound } from '../errors.ts';
import { DirectionEnum, EntityTypeEnum, RelationTypeEnum } from './enums.ts';
import { EntityRef, PathRef, RelationRef, SubgraphRef } from './refs.ts';
import { REPORTS_ARG } from './entity.ts';
import { checkReports } from './report.ts';

export const MAX_NEIGHBORHOOD_LIMIT = 2000;

/** A sub-graph holds both ends of its relations: the loader need not fetch them again. */
function primed<T extends SubgraphRecord>(subgraph: T, loaders: Loaders): T {
  for (const node of subgraph.nodes) loaders.entity.prime(node.id, node);
  return subgraph;
}
export const MAX_PATH_LENGTH = 10;

SubgraphRef.implement({
  description: 'Entities and the relations among them.',
  fields: (t) => ({
    nodes: t.field({ type: [EntityRef], description: 'The entities.', resolve: (s) => s.nodes }),
    relations: t.field({ type: [RelationRef], description: 'The relations whose two ends are both among the entities.', resolve: (s) => s.relations }),
    truncated: t.exposeBoolean('truncated', { description: 'True when more entities were in reach than the limit allowed.' }),
  }),
});

PathRef.implement({
  description: 'A shortest path: its entities in order, and the relation taken at each hop.',
  fields: (t) => ({
    nodes: t.field({ type: [EntityRef], description: 'The entities from start to end, in order.', resolve: (p) => p.nodes }),
    relations: t.field({ type: [RelationRef], description: 'The relation taken at each hop, in order (either direction).', resolve: (p) => p.relations }),
    length: t.int({ description: 'Number of hops.', resolve: (p) => p.relations.length }),
  }),
});

builder.queryFields((t) => ({
  neighborhood: t.field({
    type: SubgraphRef,
    nullable: true,
    description: `The entities within \`depth\` hops (1–3) of an entity and the relations among them; at most \`limit\` entities (1–${MAX_NEIGHBORHOOD_LIMIT}).`,
    args: {
      id: t.arg.id({ required: true, description: 'The entity at the centre.' }),
      depth: t.arg.int({ required: false, defaultValue: 1, description: 'Hops from the centre, 1–3.' }),
      relationTypes: t.arg({ type: [RelationTypeEnum], required: false, description: 'Follow only relations of these types; all when omitted.' }),
      direction: t.arg({ type: DirectionEnum, required: false, defaultValue: 'BOTH', description: 'Follow relations OUT of, IN to, or BOTH ways.' }),
      limit: t.arg.int({ required: false, defaultValue: 200, description: `Most entities to return, 1–${MAX_NEIGHBORHOOD_LIMIT}; truncated says when more were in reach.` }),
      reports: t.arg.idList({ required: false, description: `${REPORTS_ARG} Only kept relations are followed; the centre is always included.` }),
    },
    resolve: async (_, { id, depth, relationTypes, direction, limit, reports }, { store, loaders }) => {
      const chosen = checkReports(store, reports);
      const result = await store.neighborhood({
        id: String(id),
        depth: checkRange('depth', depth ?? 1, 1, 3),
        relationTypes,
        direction: direction ?? 'BOTH',
        limit: checkRange('limit', limit ?? 200, 1, MAX_NEIGHBORHOOD_LIMIT),
        reports: chosen,
      });
      if (!result) throw notFound('Entity', String(id));
      return primed(result, loaders);
    },
  }),
  shortestPath: t.field({
    type: PathRef,
    nullable: true,
    description: `A shortest path between two entities, following relations either way; null when none is within \`maxLength\` hops (1–${MAX_PATH_LENGTH}).`,
    args: {
      from: t.arg.id({ required: true, description: 'The entity to start from.' }),
      to: t.arg.id({ required: true, description: 'The entity to reach.' }),
      maxLength: t.arg.int({ required: false, defaultValue: 6, description: `Longest path to look for, in hops (1–${MAX_PATH_LENGTH}).` }),
      relationTypes: t.arg({ type: [RelationTypeEnum], required: false, description: 'Follow only relations of these types; all when omitted.' }),
    },
    resolve: async (_, { from, to, maxLength, relationTypes }, { store }) => {
      const path = await store.shortestPath({
        from: String(from), to: String(to), maxLength: checkRange('maxLength', maxLength ?? 6, 1, MAX_PATH_LENGTH), relationTypes,
      });
      if (path === undefined) {
        const [a] = await store.entitiesByIds([String(from)]);
        throw notFound('Entity', String(a ? to : from));
      }
      return path;
    },
  }),
  graph: t.field({
    type: SubgraphRef,
    nullable: true,
    description: 'The whole graph, or the part with the given entity and relation types, in one response.',
    args: {
      types: t.arg({ type: [EntityTypeEnum], required: false, description: 'Only entities of these kinds; all when omitted.' }),
      relationTypes: t.arg({ type: [RelationTypeEnum], required: false, description: 'Only relations of these types; all when omitted.' }),
      reports: t.arg.idList({ required: false, description: REPORTS_ARG }),
    },
    resolve: async (_, { types, relationTypes, reports }, { store, loaders }) => primed(await store.graph({ types, relationTypes, reports: checkReports(store, reports) }), loaders),
  }),
}));
