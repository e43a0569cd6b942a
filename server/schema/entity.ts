/** Entities: the Entity interface, one object type per entity type, and the root fields that find them. */
import type { FieldMap } from '@pothos/core';
import { builder } from '../builder.ts';
import { callerError, checkRange, notFound } from '../errors.ts';
import type { EntityRecord, EntityType, ReportRecord } from '../store/types.ts';
import { ComparatorEnum, DirectionEnum, EntityTypeEnum, RelationTypeEnum, TargetKindEnum } from './enums.ts';
import { EntityRef, MentionRef, NodeRef, RelationRef, ReportRef, SearchHitRef } from './refs.ts';
import type { Loaders } from '../context.ts';
import { checkReports } from './report.ts';

export const MAX_PAGE = 500;
export const MAX_SEARCH_HITS = 100;
export const MAX_QUERY_LENGTH = 200;

/** The description of every `reports` argument: the contract's rule. */
export const REPORTS_ARG = 'Only what these reports support (ids, e.g. report:lechang-2021): an entity with a mention in one of them; a relation with both ends kept and evidence in one of them. All reports when omitted or empty; an unknown id is a BAD_USER_INPUT error listing the known ones.';

const TYPE_NAMES: Record<EntityType, string> = {
  TOWN: 'Town', PARK: 'Park', PROGRAM: 'Program', ORGANIZATION: 'Organization',
  GLOSSARY_TERM: 'GlossaryTerm', TARGET: 'Target', STRATEGY: 'Strategy', INDICATOR: 'Indicator',
};

const PositionRef = builder.objectRef<{ x: number; y: number }>('Position').implement({
  description: 'A point of the layout fixed when the seed was built, in layout units (the drawing spans about 1000).',
  fields: (t) => ({
    x: t.exposeFloat('x', { description: 'Horizontal coordinate, layout units.' }),
    y: t.exposeFloat('y', { description: 'Vertical coordinate, layout units (sigma\'s orientation: up is positive).' }),
  }),
});

NodeRef.implement({
  description: 'Relay\'s Global Object Identification: anything with an id that node(id:) fetches again. Every entity is a Node; its id is the entity id, unique across types.',
  resolveType: (entity) => TYPE_NAMES[entity.type],
  fields: (t) => ({ id: t.exposeID('id', { description: 'Globally unique id: the entity id, e.g. town:pingshi.' }) }),
});

EntityRef.implement({
  description: 'Anything the graph knows about: a place, park, program, organisation, glossary term, target or strategy.',
  interfaces: [NodeRef],
  resolveType: (entity) => TYPE_NAMES[entity.type],
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable readable slug, e.g. town:pingshi or glossary:12.' }),
    type: t.expose('type', { type: EntityTypeEnum, description: 'The kind of entity; the same as the concrete GraphQL type.' }),
    name: t.exposeString('name', { description: 'The name as the report writes it (Chinese).' }),
    nameEn: t.exposeString('nameEn', { nullable: true, description: 'The name in English (curated); null where none is curated yet.' }),
    pinyin: t.exposeString('pinyin', { nullable: true, description: 'The name in Hanyu Pinyin with tone marks, syllables separated by spaces.' }),
    aliases: t.exposeStringList('aliases', { description: 'Other names the report uses for it (short forms, the [n] marker of a glossary term).' }),
    description: t.exposeString('description', { nullable: true, description: 'A short description in Chinese, from the report\'s own words where it gives one.' }),
    descriptionEn: t.exposeString('descriptionEn', { nullable: true, description: 'A short description in English (curated).' }),
    degree: t.exposeInt('degree', { description: 'Number of relations in the whole graph, both directions.' }),
    position: t.field({
      type: PositionRef,
      nullable: true,
      description: 'Where the explorer draws it: the layout computed when the seed was built; null for a seed built without one.',
      resolve: (e) => (e.x === undefined || e.y === undefined ? null : { x: e.x, y: e.y }),
    }),
    mentions: t.field({ type: [MentionRef], description: 'The passages that name it, in any report.', resolve: (e) => e.mentions }),
    reports: t.field({
      type: [ReportRef],
      description: 'The reports that mention it, in seed order (the default report first): one entity named in several reports has mentions in each.',
      resolve: async (e, _, { loaders }) => (await loaders.report.loadMany(e.reportIds)).filter((r): r is ReportRecord => r !== null && !(r instanceof Error)),
    }),
    relations: t.field({
      type: [RelationRef],
      description: 'Its relations, each with the passages that support it.',
      args: {
        types: t.arg({ type: [RelationTypeEnum], required: false, description: 'Only relations of these types; all when omitted.' }),
        direction: t.arg({ type: DirectionEnum, required: false, defaultValue: 'BOTH', description: 'OUT (it is the source), IN (the target) or BOTH.' }),
      },
      resolve: (e, { types, direction }, { loaders }) => loaders.relations.load({ id: e.id, filter: { types, direction: direction ?? 'BOTH' } }),
    }),
  }),
});

type EntityFields = Parameters<Parameters<ReturnType<typeof builder.objectRef<EntityRecord>>['implement']>[0]['fields'] & object>[0];

function concrete(type: EntityType, description: string, fields: (t: EntityFields) => FieldMap = () => ({})) {
  const ref = builder.objectRef<EntityRecord>(TYPE_NAMES[type]);
  ref.implement({
    description,
    interfaces: [NodeRef, EntityRef],
    isTypeOf: (value) => (value as EntityRecord).type === type,
    fields,
  });
  return ref;
}

/** The entities at the other end of an entity's relations of one type and direction, in relation id order. */
async function linked(loaders: Loaders, id: string, type: 'MEASURES' | 'RESULT_OF', direction: 'OUT' | 'IN'): Promise<EntityRecord[]> {
  const relations = await loaders.relations.load({ id, filter: { types: [type], direction } });
  const ends = await loaders.entity.loadMany(relations.map((r) => (direction === 'OUT' ? r.target : r.source)));
  return ends.filter((e): e is EntityRecord => e !== null && !(e instanceof Error));
}

/** The report a TARGET or STRATEGY belongs to (the store fills `reportId`). */
const ownReport = (t: EntityFields, what: string) => t.field({
  type: ReportRef,
  description: `The report that states this ${what}.`,
  resolve: async (e, _, { loaders }) => {
    const report = await loaders.report.load(e.reportId!);
    if (!report) throw new Error(`seed defect: ${e.id} belongs to ${e.reportId}, which the graph does not hold`);
    return report;
  },
});

const levelField = (t: EntityFields) => ({
  level: t.exposeString('level', { nullable: true, description: 'CITY, TOWN, SUBDISTRICT, VILLAGE, COMMUNITY, PREFECTURE, PROVINCE, REGION …' }),
});
const categoryField = (t: EntityFields) => ({
  category: t.exposeString('category', { nullable: true, description: 'A finer kind, e.g. INDUSTRIAL_PARK, NATURE_RESERVE, PROJECT, CAMPAIGN, COMPANY (see the README).' }),
});

concrete('TOWN', 'A place: the city, its towns and subdistricts, villages and communities, and outside places the report ties Lechang to.', levelField);
concrete('PARK', 'An industrial or agricultural park, a park zone, a nature reserve, forest or city park, a base or a forest farm.', categoryField);
concrete('PROGRAM', 'A named initiative: a project, campaign, reform, mechanism, plan, event or title to win.', categoryField);
concrete('ORGANIZATION', 'A named company, agency, institution, school, hospital or facility.', categoryField);
concrete('GLOSSARY_TERM', 'One of the 31 notes of the report\'s glossary (名词解释).', (t) => ({
  number: t.int({ description: 'The note\'s number, n in the report\'s [n] markers.', resolve: (e) => e.number! }),
  definition: t.string({ description: 'The note\'s definition (Chinese).', resolve: (e) => e.definition ?? '' }),
  definitionEn: t.exposeString('definitionEn', { nullable: true, description: 'The definition in English (curated).' }),
}));
const IndicatorRef = builder.objectRef<EntityRecord>('Indicator');

/** The Target object type: targetSeries returns it. */
export const TargetRef = concrete('TARGET', 'A quantified goal or reported result of one report, for one jurisdiction.', (t) => ({
  indicator: t.string({ description: 'What the quantity measures, in the report\'s words.', resolve: (e) => e.indicator! }),
  value: t.float({ description: 'The number the report gives, in `unit`; for a range (BETWEEN), its lower end.', resolve: (e) => e.value! }),
  valueMax: t.float({ nullable: true, description: 'The upper end of a range (comparator BETWEEN: 6%－6.5%), in `unit`; null otherwise.', resolve: (e) => e.valueMax ?? null }),
  report: ownReport(t, 'target'),
  indicatorEntity: t.field({
    type: IndicatorRef,
    nullable: true,
    description: 'The indicator it measures (relation MEASURES), when its words match a known indicator; null when unlinked (never guessed).',
    resolve: async (e, _, { loaders }) => (await linked(loaders, e.id, 'MEASURES', 'OUT'))[0] ?? null,
  }),
  resultOf: t.field({
    type: TargetRef,
    nullable: true,
    description: 'For a RESULT: the GOAL of the same period, jurisdiction and indicator it reports on (relation RESULT_OF, from an earlier report); null when there is none.',
    resolve: async (e, _, { loaders }) => (await linked(loaders, e.id, 'RESULT_OF', 'OUT'))[0] ?? null,
  }),
  results: t.field({
    type: [TargetRef],
    description: 'For a GOAL: the RESULTs later reports give for it (RESULT_OF, the other way); empty when none is linked.',
    resolve: (e, _, { loaders }) => linked(loaders, e.id, 'RESULT_OF', 'IN'),
  }),
  unit: t.string({ description: 'The unit as the report writes it: %, 亿元, 公里, 个 …', resolve: (e) => e.unit! }),
  comparator: t.field({ type: ComparatorEnum, description: 'How the report bounds the value (达, 以上, 以内 …).', resolve: (e) => e.comparator as typeof ComparatorEnum.$inferType }),
  period: t.string({ description: 'A year (2021) or a range (2021–2025).', resolve: (e) => e.period! }),
  kind: t.field({ type: TargetKindEnum, description: 'GOAL (planned) or RESULT (reported).', resolve: (e) => e.kind as typeof TargetKindEnum.$inferType }),
}));
concrete('STRATEGY', 'One of a report\'s parts, areas of work or lead sentences.', (t) => ({ report: ownReport(t, 'strategy') }));

IndicatorRef.implement({
  description: 'A measure work reports quantify (国内生产总值增长, 城镇新增就业 …), one for every level (国内生产总值 and 地区生产总值 are one measure): its names, and the targets that measure it.',
  interfaces: [NodeRef, EntityRef],
  isTypeOf: (value) => (value as EntityRecord).type === 'INDICATOR',
  fields: (t) => ({
    targets: t.field({
      type: [TargetRef],
      description: 'The goals and results that measure it (relation MEASURES), in id order; targetSeries orders them by period and jurisdiction.',
      args: { kind: t.arg({ type: TargetKindEnum, required: false, description: 'Only goals (GOAL) or only results (RESULT); both when omitted.' }) },
      resolve: async (e, { kind }, { loaders }) => {
        const relations = await loaders.relations.load({ id: e.id, filter: { types: ['MEASURES'], direction: 'IN' } });
        const targets = await loaders.entity.loadMany(relations.map((r) => r.source));
        return targets.filter((x): x is EntityRecord => x !== null && !(x instanceof Error) && (!kind || x.kind === kind));
      },
    }),
  }),
});

const EntityEdge = builder.objectRef<{ node: EntityRecord; cursor: string }>('EntityEdge').implement({
  description: 'One entity of a page, with its cursor (Relay connection edge).',
  fields: (t) => ({
    node: t.field({ type: EntityRef, description: 'The entity.', resolve: (e) => e.node }),
    cursor: t.exposeString('cursor', { description: 'Opaque; pass it as `after` to get the entities that follow this one.' }),
  }),
});

interface PageInfoShape { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null }
const PageInfo = builder.objectRef<PageInfoShape>('PageInfo').implement({
  description: 'Where a page stands in the whole list (Relay connection page info).',
  fields: (t) => ({
    hasNextPage: t.exposeBoolean('hasNextPage', { description: 'True when more entities follow this page.' }),
    hasPreviousPage: t.exposeBoolean('hasPreviousPage', { description: 'True when this page was asked for with `after`.' }),
    startCursor: t.exposeString('startCursor', { nullable: true, description: 'The cursor of the first entity of the page; null for an empty page.' }),
    endCursor: t.exposeString('endCursor', { nullable: true, description: 'The cursor of the last entity: pass it as `after` for the next page.' }),
  }),
});

const EntityConnection = builder
  .objectRef<{ edges: { node: EntityRecord; cursor: string }[]; pageInfo: PageInfoShape; totalCount: number }>('EntityConnection')
  .implement({
    description: 'A page of entities (Relay cursor connection).',
    fields: (t) => ({
      edges: t.field({ type: [EntityEdge], description: 'The entities of this page, in id order.', resolve: (c) => c.edges }),
      pageInfo: t.field({ type: PageInfo, description: 'Whether more pages follow, and the cursors to ask for them.', resolve: (c) => c.pageInfo }),
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
  description: 'One search result: the entity found and how well it matched.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, description: 'The entity found.', resolve: (h) => h.entity }),
    score: t.exposeFloat('score', { description: 'Relevance; higher is better. Comparable within one result list only.' }),
  }),
});

builder.queryFields((t) => ({
  entity: t.field({
    type: EntityRef,
    nullable: true,
    description: 'An entity by id; null with a NOT_FOUND error when there is none.',
    args: { id: t.arg.id({ required: true, description: 'The entity id, e.g. town:pingshi.' }) },
    resolve: async (_, { id }, { loaders }) => {
      const entity = await loaders.entity.load(String(id));
      if (!entity) throw notFound('Entity', String(id));
      return entity;
    },
  }),
  node: t.field({
    type: NodeRef,
    nullable: true,
    description: 'Relay: any object by its global id (every entity is a Node); null with NOT_FOUND when there is none.',
    args: { id: t.arg.id({ required: true, description: 'A global id, as Node.id gives it (the entity id).' }) },
    resolve: async (_, { id }, { loaders }) => {
      const entity = await loaders.entity.load(String(id));
      if (!entity) throw notFound('Node', String(id));
      return entity;
    },
  }),
  nodes: t.field({
    type: [NodeRef],
    nullable: { list: true, items: true },
    description: `Relay: objects by their global ids, in the same order; null for an id that names nothing. At most ${MAX_PAGE} ids.`,
    args: { ids: t.arg.idList({ required: true, description: `Global ids, as Node.id gives them (1–${MAX_PAGE}).` }) },
    resolve: async (_, { ids }, { loaders }) => {
      checkRange('number of ids', ids.length, 1, MAX_PAGE);
      return loaders.entity.loadMany(ids.map(String)).then((found) => found.map((e) => (e instanceof Error ? null : e)));
    },
  }),
  entities: t.field({
    type: EntityConnection,
    nullable: true,
    description: `Entities ordered by id, a page at a time (first: 1–${MAX_PAGE}, default 50).`,
    args: {
      types: t.arg({ type: [EntityTypeEnum], required: false, description: 'Only entities of these kinds; all when omitted.' }),
      first: t.arg.int({ required: false, defaultValue: 50, description: `Page size, 1–${MAX_PAGE}.` }),
      after: t.arg.string({ required: false, description: 'The endCursor of the previous page; omitted for the first page.' }),
      reports: t.arg.idList({ required: false, description: REPORTS_ARG }),
    },
    resolve: async (_, { types, first, after, reports }, { store }) => {
      const size = checkRange('first', first ?? 50, 1, MAX_PAGE);
      const afterId = after != null ? decodeCursor(after) : null;
      const page = await store.listEntities({ types, first: size, after: afterId, reports: checkReports(store, reports) });
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
    nullable: true,
    description: 'Ranked search by Chinese (words or substrings), pinyin (with or without tones and spaces), English, or glossary number ([14]; or 14 with types: [GLOSSARY_TERM]).',
    args: {
      query: t.arg.string({ required: true, description: `What to look for (1–${MAX_QUERY_LENGTH} characters): 坪石, pingshi, forest city, [14] …` }),
      types: t.arg({ type: [EntityTypeEnum], required: false, description: 'Only entities of these kinds; all when omitted.' }),
      first: t.arg.int({ required: false, defaultValue: 20, description: `Most hits to return, 1–${MAX_SEARCH_HITS}.` }),
      reports: t.arg.idList({ required: false, description: REPORTS_ARG }),
    },
    resolve: (_, { query, types, first, reports }, { store }) => {
      const text = query.trim();
      if (text === '') throw callerError('BAD_USER_INPUT', 'query must not be empty: give Chinese, pinyin, English or a glossary number');
      if (text.length > MAX_QUERY_LENGTH) throw callerError('BAD_USER_INPUT', `query is ${text.length} characters long; at most ${MAX_QUERY_LENGTH} are allowed`);
      return store.search({ text, types, first: checkRange('first', first ?? 20, 1, MAX_SEARCH_HITS), reports: checkReports(store, reports) });
    },
  }),
}));
