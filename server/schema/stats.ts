/** Counts per type and the most connected entities. */
import { builder } from '../builder.ts';
import { checkRange } from '../errors.ts';
import { EntityTypeEnum, RelationTypeEnum } from './enums.ts';
import { EntityRef, StatsRef } from './refs.ts';

const EntityTypeCount = builder.objectRef<{ type: string; count: number }>('EntityTypeCount').implement({
  fields: (t) => ({ type: t.field({ type: EntityTypeEnum, resolve: (c) => c.type as typeof EntityTypeEnum.$inferType }), count: t.exposeInt('count') }),
});
const RelationTypeCount = builder.objectRef<{ type: string; count: number }>('RelationTypeCount').implement({
  fields: (t) => ({ type: t.field({ type: RelationTypeEnum, resolve: (c) => c.type as typeof RelationTypeEnum.$inferType }), count: t.exposeInt('count') }),
});

StatsRef.implement({
  fields: (t) => ({
    seedVersion: t.exposeString('seedVersion', { description: 'The version stamp of the seed the store serves.' }),
    entityCount: t.exposeInt('entityCount'),
    relationCount: t.exposeInt('relationCount'),
    entitiesByType: t.field({ type: [EntityTypeCount], resolve: (s) => s.entitiesByType }),
    relationsByType: t.field({ type: [RelationTypeCount], resolve: (s) => s.relationsByType }),
    mostConnected: t.field({ type: [EntityRef], description: 'Entities with the highest degree.', resolve: (s) => s.mostConnected }),
  }),
});

builder.queryFields((t) => ({
  stats: t.field({
    type: StatsRef,
    args: { top: t.arg.int({ required: false, defaultValue: 10, description: 'How many of the most connected entities (1–100).' }) },
    resolve: (_, { top }, { store }) => store.stats({ top: checkRange('top', top ?? 10, 1, 100) }),
  }),
}));
