/**
 * References to the schema's object types, backed by the store's plain records. Type files
 * implement them; sharing the refs lets Entity and Relation point at each other.
 */
import { builder } from '../builder.ts';
import type { EntityRecord, Mention, PathRecord, RelationRecord, ReportRecord, SearchHitRecord, Section, StatsRecord, SubgraphRecord } from '../store/types.ts';

export const NodeRef = builder.interfaceRef<EntityRecord>('Node');
export const EntityRef = builder.interfaceRef<EntityRecord>('Entity');
export const RelationRef = builder.objectRef<RelationRecord>('Relation');
export const MentionRef = builder.objectRef<Mention>('Mention');
export const SectionRef = builder.objectRef<Section>('Section');
export const SubgraphRef = builder.objectRef<SubgraphRecord>('Subgraph');
export const PathRef = builder.objectRef<PathRecord>('Path');
export const SearchHitRef = builder.objectRef<SearchHitRecord>('SearchHit');
export const StatsRef = builder.objectRef<StatsRecord>('GraphStats');
export const ReportRef = builder.objectRef<ReportRecord>('Report');
