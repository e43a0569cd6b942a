/**
 * What stands out on the canvas, and why. One emphasis at a time, chosen by the sidebar's mode:
 * the path on the Path tab, the chosen section's entities in reading mode, otherwise the
 * selection and its neighbours (unless focus mode already shows only those). Everything else
 * is dimmed. Pointer hover is applied on top by
 * the canvas itself (it changes too often to go through this).
 */
import type { GraphIndex } from '../graph/types.ts';
import type { Visibility } from '../filters/index.ts';
import type { ViewState } from '../view-state/types.ts';

export interface Emphasis {
  entities: ReadonlySet<string>;
  relations: ReadonlySet<string>;
  /** Why: drives the caption and whether every emphasised label is forced on. */
  reason: 'selection' | 'relation' | 'path' | 'section';
  /** Entities the emphasis is about that the filters hide (a section's members of a hidden type); 0 when all are drawn. */
  notDrawn: number;
}

export interface PathStops {
  entities: readonly string[];
  relations: readonly string[];
}

/** The selected entities (one or several), their visible neighbours and the visible relations that join them to them. */
export function selectionEmphasis(index: GraphIndex, visibility: Visibility, selected: string | readonly string[]): Emphasis {
  const chosen = typeof selected === 'string' ? [selected] : selected;
  const entities = new Set<string>(chosen);
  const relations = new Set<string>();
  for (const id of chosen) {
    for (const { relation, other } of index.adjacency.get(id) ?? []) {
      if (!visibility.relations.has(relation)) continue;
      relations.add(relation);
      entities.add(other);
    }
  }
  return { entities, relations, reason: 'selection', notDrawn: 0 };
}

export function relationEmphasis(index: GraphIndex, relationId: string): Emphasis | null {
  const relation = index.relations.get(relationId);
  if (!relation) return null;
  return { entities: new Set([relation.source, relation.target]), relations: new Set([relationId]), reason: 'relation', notDrawn: 0 };
}

/**
 * The drawn members of a set of entities (a section's) and the visible relations among them;
 * members the filters hide are counted in `notDrawn`, so nothing claims to light up what is not drawn.
 */
export function groupEmphasis(index: GraphIndex, visibility: Visibility, members: Iterable<string>): Emphasis {
  const entities = new Set<string>();
  let notDrawn = 0;
  for (const id of new Set(members)) {
    if (!index.entities.has(id)) continue;
    if (visibility.entities.has(id)) entities.add(id);
    else notDrawn += 1;
  }
  const relations = new Set<string>();
  for (const id of entities) {
    for (const { relation, other } of index.adjacency.get(id) ?? []) {
      if (entities.has(other) && visibility.relations.has(relation)) relations.add(relation);
    }
  }
  return { entities, relations, reason: 'section', notDrawn };
}

export interface EmphasisInputs {
  view: Pick<ViewState, 'tab' | 'selected' | 'selectedRelation' | 'section' | 'focusDepth'> & Partial<Pick<ViewState, 'alsoSelected'>>;
  path: PathStops | null;
  sectionEntities: readonly string[] | null;
}

export function computeEmphasis(index: GraphIndex, visibility: Visibility, inputs: EmphasisInputs): Emphasis | null {
  const { view, path, sectionEntities } = inputs;
  if (view.tab === 'path' && path) {
    return { entities: new Set(path.entities), relations: new Set(path.relations), reason: 'path', notDrawn: 0 };
  }
  if (view.tab === 'outline' && view.section && sectionEntities) {
    return groupEmphasis(index, visibility, sectionEntities);
  }
  if (view.selectedRelation) return relationEmphasis(index, view.selectedRelation);
  // In focus mode the filter already shows just the neighbourhood; dimming part of it would hide it twice.
  if (view.selected && view.focusDepth) return null;
  if (view.selected && index.entities.has(view.selected)) {
    const chosen = [...(view.alsoSelected ?? []), view.selected].filter((id) => visibility.entities.has(id) || id === view.selected);
    return selectionEmphasis(index, visibility, chosen);
  }
  return null;
}
