/** Entities: the Entity interface, one object type per entity type, and the root fields that find them. */
import type { FieldMap } from '@pothos/core';
import { builder } from '../builder.ts';
import { callerError, checkRange, notFound } from '../errors.ts';
import type { EntityRecord, EntityType } from '../store/types.ts';
import { ComparatorEnum, DirectionEnum, EntityTypeEnum, RelationTypeEnum, TargetKindEnum } from './enums.ts';
import { EntityRef, MentionRef, RelationRef, SearchHitRef } from './refs.ts';

export const MAX_PAGE = 500;
export const MAX_SEARCH_HITS = 100;
export const MAX_QUERY_LENGTH = 200;

const TYPE_NAMES: Record<EntityType, string> = {
  TOWN: 'Town', PARK: 'Park', PROGRAM: 'Program', ORGANIZATION: 'Organization',
  GLOSSARY_TERM: 'GlossaryTerm', TARGET: 'Target', STRATEGY: 'Strategy',
};

const PositionRef = builder.objectRef<{ x: number; y: number }>('Position').implement({
  description: 'A point of the layout fixed when the seed was built, in layout units (the drawing spans about 1000).',
  fields: (t) => ({ x: t.exposeFloat('x'), y: t.exposeFloat('y') }),
});

EntityRef.implement({
  description: 'Anything the graph knows about: a place, park, program, organisation, glossary term, target or strategy.',
  resolveType: (entity) => TYPE_NAMES[entity.type],
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable readable slug, e.g. town:pingshi or glossary:12.' }),
    type: t.expose('type', { type: EntityTypeEnum }),
    name: t.exposeString('name', { description: 'The name as the report writes it (Chinese).' }),
    nameEn: t.exposeString('nameEn', { nullable: true }),
    pinyin: t.exposeString('pinyin', { nullable: true }),
    aliases: t.exposeStringList('aliases'),
    description: t.exposeString('description', { nullable: true }),
    descriptionEn: t.exposeString('descriptionEn', { nullable: true }),
    degree: t.exposeInt('degree', { description: 'Number of relations in the whole graph, both directions.' }),
    position: t.field({
      type: PositionRef,
      nullable: true,
      description: 'Where the explorer draws it: the layout computed when the seed was built; null for a seed built without one.',
      resolve: (e) => (e.x === undefined || e.y === undefined ? null : { x: e.x, y: e.y }),
    }),
    mentions: t.field({ type: [MentionRef], description: 'The passages that name it.', resolve: (e) => e.mentions }),
    relations: t.field({
      type: [RelationRef],
      args: {
        types: t.arg({ type: [RelationTypeEnum], required: false }),
        direction: t.arg({ type: DirectionEnum, required: false, defaultValue: 'BOTH' }),
      },
      resolve: (e, { types, direction }, { loaders }) => loaders.relations.load({ id: e.id, filter: { types, direction: direction ?? 'BOTH' } }),
    }),
  }),
});

type EntityFields = Parameters<Parameters<ReturnType<typeof builder.objectRef<EntityRecord>>['implement']>[0]['fields'] & object>[0];

function concrete(type: EntityType, description: string, fields: (t: EntityFields) => FieldMap = () => ({})) {
  builder.objectRef<EntityRecord>(TYPE_NAMES[type]).implement({
    description,
    interfaces: [EntityRef],
    isTypeOf: (value) => (value as EntityRecord).type === type,
    fields,
  });
}

const levelField = (t: EntityFields) => ({
  level: t.exposeString('level', { nullable: true, description: 'CITY, TOWN, SUBDISTRICT, VILLAGE, COMMUNITY, PREFECTURE, PROVINCE, REGION …' }),
});
const categoryField = (t: EntityFields) => ({ category: t.exposeString('category', { nullable: true }) });

concrete('TOWN', 'A place: the city, its towns and subdistricts, villages and communities, and outside places the report ties Lechang to.', levelField);
concrete('PARK', 'An industrial or agricultural park, a park zone, a nature reserve, forest or city park, a base or a forest farm.', categoryField);
concrete('PROGRAM', 'A named initiative: a project, campaign, reform, mechanism, plan, event or title to win.', categoryField);
concrete('ORGANIZATION', 'A named company, agency, institution, school, hospital or facility.', categoryField);
concrete('GLOSSARY_TERM', 'One of the 31 notes of the report\'s glossary (名词解释).', (t) => ({
  number: t.int({ description: 'The note\'s number, n in the report\'s [n] markers.', resolve: (e) => e.number! }),
  definition: t.string({ description: 'The note\'s definition (Chinese).', resolve: (e) => e.definition ?? '' }),
  definitionEn: t.exposeString('definitionEn', { nullable: true }),
}));
concrete('TARGET', 'A quantified goal or reported result.', (t) => ({
  indicator: t.string({ description: 'What the quantity measures.', resolve: (e) => e.indicator! }),
  value: t.float({ resolve: (e) => e.value! }),
  unit: t.string({ resolve: (e) => e.unit! }),
  comparator: t.field({ type: ComparatorEnum, resolve: (e) => e.comparator as typeof ComparatorEnum.$inferType }),
  period: t.string({ description: 'A year (2021) or a range (2021–2025).', resolve: (e) => e.period! }),
  kind: t.field({ type: TargetKindEnum, resolve: (e) => e.kind as typeof TargetKindEnum.$inferType }),
}));
concrete('STRATEGY', 'One of the report\'s parts, areas of work or lead sentences.');

const EntityEdge = builder.objectRef<{ node: EntityRecord; cursor: string }>('EntityEdge').implement({
  fields: (t) => ({ node: t.field({ type: EntityRef, resolve: (e) => e.node }), cursor: t.exposeString('cursor') }),
});

interface PageInfoShape { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null }
const PageInfo = builder.objectRef<PageInfoShape>('PageInfo').implement({
  fields: (t) => ({
    hasNextPage: t.exposeBoolean('hasNextPage'),
    hasPreviousPage: t.exposeBoolean('hasPreviousPage'),
    startCursor: t.exposeString('startCursor', { nullable: true }),
    endCursor: t.exposeString('endCursor', { nullable: true }),
  }),
});

const EntityConnection = builder
  .objectRef<{ edges: { node: EntityRecord; cursor: string }[]; pageInfo: PageInfoShape; totalCount: number }>('EntityConnection')
  .implement({
    description: 'A page of entities (Relay cursor connection).',
    fields: (t) => ({
      edges: t.field({ type: [EntityEdge], resolve: (c) => c.edges }),
      pageInfo: t.field({ type: PageInfo, resolve: (c) => c.pageInfo }),
      totalCount: t.exposeInt('totalCount', { description: 'How many entities match, over all pages.' }),
    }),
  });

/** Cursors are opaque to callers: the entity id, base64url-encoded. */
const encodeCursor = (id: string) => Buffer.from(`entity:${id}`).toString('base64url');
function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith('entity:') || encodeCursor(decoded.slice(7)) !== cursor) {
    throw callerError('BAD_USER_INPUT', `after: "${cursor}" is not a cursor this API gave out; use an endCursor from a previous page`);
  }
  return decoded.slice(7);
}

SearchHitRef.implement({
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (h) => h.entity }),
    score: t.exposeFloat('score', { description: 'Relevance; higher is better. Comparable within one result list only.' }),
  }),
});

builder.queryFields((t) => ({
  entity: t.field({
    type: EntityRef,
    nullable: true,
    description: 'An entity by id; null with a NOT_FOUND error when there is none.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_, { id }, { loaders }) => {
      const entity = await loaders.entity.load(String(id));
      if (!entity) throw notFound('Entity', String(id));
      return entity;
    },
  }),
  entities: t.field({
    type: EntityConnection,
    description: `Entities ordered by id, a page at a time (first: 1–${MAX_PAGE}, default 50).`,
    args: {
      types: t.arg({ type: [EntityTypeEnum], required: false }),
      first: t.arg.int({ required: false, defaultValue: 50 }),
      after: t.arg.string({ required: false }),
    },
    resolve: async (_, { types, first, after }, { store }) => {
      const size = checkRange('first', first ?? 50, 1, MAX_PAGE);
      const afterId = after != null ? decodeCursor(after) : null;
      const page = await store.listEntities({ types, first: size, after: afterId });
      const edges = page.items.map((node) => ({ node, cursor: encodeCursor(node.id) }));
      return {
        edges,
        totalCount: page.totalCount,
        pageInfo: {
          hasNextPage: page.hasNextPage, hasPreviousPage: afterId !== null,
          startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },
  }),
  search: t.field({
    type: [SearchHitRef],
    description: 'Ranked search by Chinese (words or substrings), pinyin (with or without tones and spaces), English, or glossary number ([14]; or 14 with types: [GLOSSARY_TERM]).',
    args: {
      query: t.arg.string({ required: true }),
      types: t.arg({ type: [EntityTypeEnum], required: false }),
      first: t.arg.int({ required: false, defaultValue: 20 }),
    },
    resolve: (_, { query, types, first }, { store }) => {
      const text = query.trim();
      if (text === '') throw callerError('BAD_USER_INPUT', 'query must not be empty: give Chinese, pinyin, English or a glossary number');
      if (text.length > MAX_QUERY_LENGTH) throw callerError('BAD_USER_INPUT', `query is ${text.length} characters long; at most ${MAX_QUERY_LENGTH} are allowed`);
      return store.search({ text, types, first: checkRange('first', first ?? 20, 1, MAX_SEARCH_HITS) });
    },
  }),
}));
