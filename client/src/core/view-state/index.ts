/**
 * Every change to the view as a pure function of (state, action): the React layer only
 * dispatches, so the rules (choosing a relation clears the entity, focus needs a selection and
 * ends with it or with a chosen section, type lists stay sorted) are tested without a browser.
 */
import type { LabelLanguage } from '../graph/labels.ts';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../graph/types.ts';
import type { CameraView, ColorMode, FocusDepth, Measure, MeasureScope, Position, SidebarTab, ViewState } from './types.ts';

export type ViewAction =
  | { type: 'select'; id: string | null }
  | { type: 'selectRelation'; id: string | null }
  | { type: 'toggleEntityType'; entityType: EntityType }
  | { type: 'toggleRelationType'; relationType: RelationType }
  | { type: 'onlyEntityType'; entityType: EntityType }
  | { type: 'onlyRelationType'; relationType: RelationType }
  | { type: 'showAllTypes' }
  | { type: 'setFocus'; depth: FocusDepth | null }
  | { type: 'setPathEnd'; end: 'from' | 'to'; id: string | null }
  | { type: 'swapPathEnds' }
  | { type: 'setCamera'; camera: CameraView | null }
  | { type: 'setLabels'; labels: LabelLanguage }
  | { type: 'setSection'; id: string | null }
  | { type: 'setTab'; tab: SidebarTab }
  | { type: 'replace'; state: ViewState }
  /** Adds an entity to the selection, or takes it out (shift/ctrl-click, the drawn list's checkboxes). */
  | { type: 'toggleSelect'; id: string }
  | { type: 'clearSelection' }
  /** Hides entities from the canvas (whatever their type), or shows them again; `ids: null` shows every hidden one. */
  | { type: 'hideEntities'; ids: readonly string[] }
  | { type: 'showEntities'; ids: readonly string[] | null }
  /** Grow mode: draw only this entity, then add neighbours one expand at a time. */
  | { type: 'startGrowth'; id: string }
  | { type: 'expand'; ids: readonly string[] }
  | { type: 'endGrowth' }
  | { type: 'setSizeBy'; measure: Measure }
  | { type: 'setColorBy'; mode: ColorMode }
  | { type: 'setMeasureScope'; scope: MeasureScope }
  /** A node dragged to a new place (graph coordinates); `resetPositions` puts every dragged node back. */
  | { type: 'moveEntity'; id: string; position: Position }
  | { type: 'resetPositions' }
  /** The reports in view (ids in seed order; empty: every report). */
  | { type: 'setReports'; reports: string[] }
  /** The indicator the targets chart shows; null closes the chart. */
  | { type: 'setIndicator'; id: string | null };

/** Dragged positions keep a tenth of a graph unit (the seed's layout spans about 1000): enough for the eye, short in a URL. */
export const roundPosition = (n: number) => Math.round(n * 10) / 10;

/** The selection as a list, the entity whose panel is open last. */
export function selectionOf(state: Pick<ViewState, 'selected' | 'alsoSelected'>): string[] {
  return state.selected ? [...state.alsoSelected, state.selected] : [];
}

/** A selection list back into the state's two fields (the last one is the panel's). */
function withSelection(state: ViewState, ids: readonly string[]): ViewState {
  const unique = [...new Set(ids)];
  const selected = unique.at(-1) ?? null;
  return { ...state, selected, alsoSelected: unique.slice(0, -1), selectedRelation: selected ? null : state.selectedRelation, focusDepth: selected === state.selected ? state.focusDepth : null };
}

function toggle<T extends string>(list: readonly T[], item: T, order: readonly T[]): T[] {
  const next = list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
  return order.filter((x) => next.includes(x));
}

export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'select':
      // Focus belongs to the entity it was turned on for: choosing another one ends it, so the
      // canvas never shows one entity's neighbourhood under another's panel.
      if (state.selected === action.id && state.selectedRelation === null && state.alsoSelected.length === 0) return state;
      return { ...state, selected: action.id, alsoSelected: [], selectedRelation: null, focusDepth: action.id === state.selected ? state.focusDepth : null };
    case 'selectRelation':
      return {
        ...state,
        selectedRelation: action.id,
        selected: action.id ? null : state.selected,
        alsoSelected: action.id ? [] : state.alsoSelected,
        focusDepth: action.id ? null : state.focusDepth,
      };
    case 'toggleSelect': {
      const current = selectionOf(state);
      return withSelection(state, current.includes(action.id) ? current.filter((id) => id !== action.id) : [...current, action.id]);
    }
    case 'clearSelection':
      return { ...state, selected: null, alsoSelected: [], focusDepth: null };
    case 'hideEntities': {
      const hidden = new Set([...state.hiddenEntities, ...action.ids]);
      // What is hidden is no longer selected (the panel of something not drawn would confuse).
      const kept = withSelection(state, selectionOf(state).filter((id) => !hidden.has(id)));
      return { ...kept, hiddenEntities: [...hidden].sort() };
    }
    case 'showEntities': {
      if (action.ids === null) return { ...state, hiddenEntities: [] };
      const shown = new Set(action.ids);
      return { ...state, hiddenEntities: state.hiddenEntities.filter((id) => !shown.has(id)) };
    }
    case 'startGrowth':
      return { ...state, growth: { start: action.id, expanded: [] }, selected: action.id, alsoSelected: [], selectedRelation: null, focusDepth: null };
    case 'expand': {
      const growth = state.growth ?? { start: action.ids[0]!, expanded: [] };
      if (action.ids.length === 0) return state;
      const expanded = [...growth.expanded, ...action.ids.filter((id) => !growth.expanded.includes(id))];
      return { ...state, growth: { ...growth, expanded }, focusDepth: null };
    }
    case 'endGrowth':
      return { ...state, growth: null };
    case 'setSizeBy':
      return { ...state, sizeBy: action.measure };
    case 'setColorBy':
      return { ...state, colorBy: action.mode };
    case 'setMeasureScope':
      return { ...state, measureScope: action.scope };
    case 'moveEntity':
      return { ...state, positions: { ...state.positions, [action.id]: { x: roundPosition(action.position.x), y: roundPosition(action.position.y) } } };
    case 'resetPositions':
      return { ...state, positions: {} };
    case 'toggleEntityType':
      return { ...state, hiddenTypes: toggle(state.hiddenTypes, action.entityType, ENTITY_TYPES) };
    case 'toggleRelationType':
      return { ...state, hiddenRelations: toggle(state.hiddenRelations, action.relationType, RELATION_TYPES) };
    case 'onlyEntityType': {
      // "Only this type"; asked again when it is already the only one, it shows every type.
      const others = ENTITY_TYPES.filter((t) => t !== action.entityType);
      const already = others.every((t) => state.hiddenTypes.includes(t)) && !state.hiddenTypes.includes(action.entityType);
      return { ...state, hiddenTypes: already ? [] : others };
    }
    case 'onlyRelationType': {
      const others = RELATION_TYPES.filter((t) => t !== action.relationType);
      const already = others.every((t) => state.hiddenRelations.includes(t)) && !state.hiddenRelations.includes(action.relationType);
      return { ...state, hiddenRelations: already ? [] : others };
    }
    case 'showAllTypes':
      return { ...state, hiddenTypes: [], hiddenRelations: [] };
    case 'setFocus':
      // Focus and grow mode both decide what is drawn; the newer one wins.
      if (!state.selected) return { ...state, focusDepth: null };
      return { ...state, focusDepth: action.depth, growth: action.depth ? null : state.growth };
    case 'setPathEnd':
      return action.end === 'from' ? { ...state, pathFrom: action.id, tab: 'path' } : { ...state, pathTo: action.id, tab: 'path' };
    case 'swapPathEnds':
      return { ...state, pathFrom: state.pathTo, pathTo: state.pathFrom };
    case 'setCamera':
      return { ...state, camera: action.camera };
    case 'setLabels':
      return { ...state, labels: action.labels };
    case 'setSection':
      // A section lights up its entities across the graph; a focused neighbourhood would hide most of them.
      return action.id ? { ...state, section: action.id, tab: 'outline', focusDepth: null } : { ...state, section: null };
    case 'setTab':
      return { ...state, tab: action.tab };
    case 'setReports':
      return { ...state, reports: [...action.reports] };
    case 'setIndicator':
      // Choosing an indicator opens the targets view from any tab; closing it keeps the tab.
      return action.id ? { ...state, indicator: action.id, tab: 'targets' } : { ...state, indicator: null };
    case 'replace':
      return action.state;
  }
}
