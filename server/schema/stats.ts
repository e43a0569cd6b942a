/** Counts per type and the most connected entities. */
import { builder } from '../builder.ts';
import { checkRange } from '../errors.ts';
import { EntityTypeEnum, RelationTypeEnum } from './enums.ts';
import { EntityRef, StatsRef } from './refs.ts';

const EntityTypeCount = builder.objectRef<{ type: string; count: number }>('EntityTypeCount').implement({
  description: 'How many entities of one kind the graph holds.',
  fields: (t) => ({
    type: t.field({ type: EntityTypeEnum, description: 'The kind.', resolve: (c) => c.type as typeof EntityTypeEnum.$inferType }),
    count: t.exposeInt('count', { description: 'Entities of that kind.' }),
  }),
});
const RelationTypeCount = builder.objectRef<{ type: string; count: number }>('RelationTypeCount').implement({
  description: 'How many relations of one type the graph holds.',
  fields: (t) => ({
    type: t.field({ type: RelationTypeEnum, description: 'The relation type.', resolve: (c) => c.type as typeof RelationTypeEnum.$inferType }),
    count: t.exposeInt('count', { description: 'Relations of that type.' }),
  }),
});

StatsRef.implement({
  description: 'Counts over the whole graph, and its most connected entities.',
  fields: (t) => ({
    seedVersion: t.exposeString('seedVersion', { description: 'The version stamp of the seed the store serves (also the start of every ETag).' }),
    entityCount: t.exposeInt('entityCount', { description: 'All entities.' }),
    relationCount: t.exposeInt('relationCount', { description: 'All relations.' }),
    entitiesByType: t.field({ type: [EntityTypeCount], description: 'Entities per kind.', resolve: (s) => s.entitiesByType }),
    relationsByType: t.field({ type: [RelationTypeCount], description: 'Relations per type.', resolve: (s) => s.relationsByType }),
    mostConnected: t.field({ type: [EntityRef], description: 'Entities with the highest degree.', resolve: (s) => s.mostConnected }),
  }),
});

builder.queryFields((t) => ({
  stats: t.field({
    type: StatsRef,
    nullable: true,
    description: 'Counts per type and the most connected entities.',
    args: { top: t.arg.int({ required: false, defaultValue: 10, description: 'How many of the most connected entities (1–100).' }) },
    resolve: (_, { top }, { store }) => store.stats({ top: checkRange('top', top ?? 10, 1, 100) }),
  }),
}));
