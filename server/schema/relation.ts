/** Relations between entities, each with the passages that support it. */
import { RelationTypeEnum } from './enums.ts';
import { EntityRef, MentionRef, RelationRef } from './refs.ts';

RelationRef.implement({
  description: 'A relation from a source entity to a target entity, with the passages of the report that support it.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'TYPE:source->target.' }),
    type: t.expose('type', { type: RelationTypeEnum, description: 'What the relation says (see RelationType).' }),
    source: t.field({ type: EntityRef, description: 'The entity the relation goes from.', resolve: async (r, _, { loaders }) => (await loaders.entity.load(r.source))! }),
    target: t.field({ type: EntityRef, description: 'The entity the relation goes to.', resolve: async (r, _, { loaders }) => (await loaders.entity.load(r.target))! }),
    sourceId: t.exposeID('source', { description: 'The source entity\'s id, for clients that need only the ends (no entity lookup).' }),
    targetId: t.exposeID('target', { description: 'The target entity\'s id.' }),
    evidence: t.field({ type: [MentionRef], description: 'The passages of the report that support the relation.', resolve: (r) => r.evidence }),
  }),
});
