/**
 * What the sidebar's modes need from the API besides the graph: the shortest path between the
 * chosen ends (over the relation types shown), the report's outline (fetched the first time
 * reading mode is opened) and the entities of the chosen section.
 */
import { useEffect, useMemo, useState } from 'react';
import { RELATION_TYPES } from '../../core/graph/types.ts';
import type { PathStops } from '../../core/highlight/index.ts';
import type { ViewState } from '../../core/view-state/types.ts';
import { request } from '../../graphql/client.ts';
import { SectionEntitiesDocument, SectionsDocument, ShortestPathDocument } from '../../graphql/generated/graphql.ts';
import { useAsync } from '../common/use-async.ts';

const MAX_PATH_LENGTH = 10;

export function useModeData(view: ViewState) {
  const hiddenRelationsKey = view.hiddenRelations.join(',');
  const { pathFrom, pathTo } = view;
  const path = useAsync(
    pathFrom && pathTo
      ? (signal) => {
          const shown = RELATION_TYPES.filter((t) => !view.hiddenRelations.includes(t));
          const variables = { from: pathFrom, to: pathTo, maxLength: MAX_PATH_LENGTH, relationTypes: view.hiddenRelations.length ? shown : null };
          return request(ShortestPathDocument, variables, signal).then((result) => result.shortestPath);
        }
      : null,
    [pathFrom, pathTo, hiddenRelationsKey],
  );

  const [outlineWanted, setOutlineWanted] = useState(view.tab === 'outline' || view.section !== null);
  useEffect(() => {
    if (view.tab === 'outline' || view.section) setOutlineWanted(true);
  }, [view.tab, view.section]);
  const sections = useAsync(outlineWanted ? (signal) => request(SectionsDocument, {}, signal) : null, [outlineWanted]);
  const { section } = view;
  const sectionEntities = useAsync(section ? (signal) => request(SectionEntitiesDocument, { id: section }, signal) : null, [section]);

  const pathStops = useMemo((): PathStops | null => {
    if (path.status !== 'ready' || !path.data) return null;
    return { entities: path.data.nodes.map((n) => n.id), relations: path.data.relations.map((r) => r.id) };
  }, [path]);
  const sectionMembers = useMemo(
    () => (sectionEntities.status === 'ready' && sectionEntities.data.section ? sectionEntities.data.section.entities.map((e) => e.id) : null),
    [sectionEntities],
  );
  const sectionTitle = sectionEntities.status === 'ready' ? (sectionEntities.data.section?.title ?? null) : null;
  return { path, pathStops, sections, sectionEntities, sectionMembers, sectionTitle };
}
