/**
 * Every change to the view as a pure function of (state, action): the React layer only
 * dispatches, so the rules (choosing a relation clears the entity, focus needs a selection and
 * ends with it or with a chosen section, type lists stay sorted) are tested without a browser.
 */
import type { LabelLanguage } from '../graph/labels.ts';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../graph/types.ts';
import type { CameraView, ColorMode, FocusDepth, SidebarTab, ViewState } from './types.ts';

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
  | { type: 'setReports'; reports: string[] }
  | { type: 'setColorBy'; colorBy: ColorMode }
  | { type: 'setIndicator'; id: string | null }
  | { type: 'replace'; state: ViewState };

function toggle<T extends string>(list: readonly T[], item: T, order: readonly T[]): T[] {
  const next = list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
  return order.filter((x) => next.includes(x));
}

export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'select':
      if (state.selected === action.id && state.selectedRelation === null) return state;
      // Focus belongs to the entity it was turned on for: choosing another one ends it, so the
      // canvas never shows one entity's neighbourhood under another's panel.
      return { ...state, selected: action.id, selectedRelation: null, focusDepth: null };
    case 'selectRelation':
      return { ...state, selectedRelation: action.id, selected: action.id ? null : state.selected, focusDepth: action.id ? null : state.focusDepth };
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
      return { ...state, focusDepth: state.selected ? action.depth : null };
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
    case 'setColorBy':
      return { ...state, colorBy: action.colorBy };
    case 'setIndicator':
      // Choosing an indicator opens the targets view from any tab; closing it keeps the tab.
      return action.id ? { ...state, indicator: action.id, tab: 'targets' } : { ...state, indicator: null };
    case 'replace':
      return action.state;
  }
}
