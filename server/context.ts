/**
 * The per-request context: the store, and DataLoaders that gather the entities, sections,
 * passages and relations asked for across one response into one store call each (no N+1).
 */
import DataLoader from 'dataloader';
import type { EntityRecord, GraphStore, Mention, Passage, RelationFilter, RelationRecord, ReportRecord, Section } from './store/types.ts';
import type { ServerConfig } from './config.ts';

export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  section: DataLoader<string, Section | null>;
  sectionEntities: DataLoader<string, EntityRecord[]>;
  passage: DataLoader<Mention, Passage, string>;
  relations: DataLoader<{ id: string; filter: RelationFilter }, RelationRecord[], string>;
  /** Reports by id: one store call (all reports, a short list) per response. */
  report: DataLoader<string, ReportRecord | null>;
}

export interface Context {
  store: GraphStore;
  config: ServerConfig;
  loaders: Loaders;
}

const filterKey = (f: RelationFilter) => `${f.direction}:${[...(f.types ?? [])].sort().join(',')}`;

export function createLoaders(store: GraphStore): Loaders {
  return {
    entity: new DataLoader((ids) => store.entitiesByIds(ids)),
    section: new DataLoader((ids) => store.sectionsByIds(ids)),
    sectionEntities: new DataLoader((ids) => store.entitiesInSections(ids)),
    // Offsets are per report: the section (hence the report) is part of a passage's key.
    passage: new DataLoader((mentions) => store.passages(mentions), { cacheKeyFn: (m) => `${m.sectionId}:${m.start}:${m.end}` }),
    report: new DataLoader(async (ids) => {
      const byId = new Map((await store.reports()).map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    relations: new DataLoader(
      async (keys) => {
        // One store call per distinct filter; a response rarely asks for more than one.
        const groups = new Map<string, { filter: RelationFilter; indexes: number[] }>();
        keys.forEach((key, index) => {
          const group = groups.get(filterKey(key.filter)) ?? { filter: key.filter, indexes: [] };
          group.indexes.push(index);
          groups.set(filterKey(key.filter), group);
        });
        const results: RelationRecord[][] = new Array(keys.length);
        await Promise.all([...groups.values()].map(async ({ filter, indexes }) => {
          const lists = await store.relationsOf(indexes.map((i) => keys[i]!.id), filter);
          indexes.forEach((i, n) => (results[i] = lists[n]!));
        }));
        return results;
      },
      { cacheKeyFn: (key) => `${key.id}|${filterKey(key.filter)}` },
    ),
  };
}
