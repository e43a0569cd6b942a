/** The passages behind a few entities, fetched together, for a briefing page and a picture's sections line. */
import { sectionTrail } from '../../core/passages/index.ts';
import { request } from '../../graphql/client.ts';
import { EntityPassagesDocument, type EntityPassagesQuery } from '../../graphql/generated/graphql.ts';

export type EntityPassages = NonNullable<EntityPassagesQuery['entity']>;

export async function fetchPassages(ids: readonly string[], signal?: AbortSignal): Promise<EntityPassages[]> {
  const found = await Promise.all(ids.map((id) => request(EntityPassagesDocument, { id }, signal).then((result) => result.entity)));
  return found.filter((entity): entity is EntityPassages => entity !== null);
}

/** Distinct section trails of these passages, in the order first met. */
export function sectionTrails(entities: readonly EntityPassages[]): string[] {
  return [...new Set(entities.flatMap((entity) => entity.mentions.map((m) => sectionTrail(m.section.path))))];
}
