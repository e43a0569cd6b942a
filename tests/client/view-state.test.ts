import { describe, expect, it } from 'vitest';
import { selectionOf, viewReducer } from '../../client/src/core/view-state/index.ts';
import { DEFAULT_VIEW, type ViewState } from '../../client/src/core/view-state/types.ts';
import { ENTITY_TYPES, RELATION_TYPES } from '../../client/src/core/graph/types.ts';
import { isNavigation, parsePositions, parseViewState, serializeViewState } from '../../client/src/core/view-state/url.ts';

const full: ViewState = {
  selected: 'town:pingshi',
  alsoSelected: ['town:lechang', 'glossary:12'],
  hiddenEntities: ['program:a', 'town:b'],
  growth: { start: 'town:pingshi', expanded: ['town:pingshi', 'town:lechang'] },
  sizeBy: 'pagerank',
  colorBy: 'report',
  measureScope: 'drawn',
  positions: { 'town:pingshi': { x: 12.5, y: -40 }, 'glossary:12': { x: -499.9, y: 0 } },
  selectedRelation: null,
  hiddenTypes: ['PROGRAM', 'TARGET'],
  hiddenRelations: ['MENTIONS'],
  focusDepth: 2,
  pathFrom: 'town:beixiang-huangben',
  pathTo: 'town:lechang',
  camera: { x: 0.4321, y: 0.61, ratio: 0.25 },
  labels: 'both',
  section: 'section:review-13fyp-1',
  tab: 'path',
  reports: ['report:cn-2021', 'report:lechang-2021'],
  indicator: 'indicator:gdp-growth',
};

describe('view state in the URL', () => {
  it('round-trips every field', () => {
    expect(parseViewState(serializeViewState(full))).toEqual(full);
    const relation = { ...DEFAULT_VIEW, selectedRelation: 'LOCATED_IN:town:pingshi->town:lechang' };
    expect(parseViewState(serializeViewState(relation))).toEqual(relation);
  });

  it('leaves defaults out, so the plain view has a plain URL', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
    expect(parseViewState('')).toEqual(DEFAULT_VIEW);
  });

  it('keeps ids readable: colons and commas are not escaped', () => {
    const search = serializeViewState(full);
    expect(search).toContain('node=town:pingshi');
    expect(search).toContain('hide=PROGRAM,TARGET');
  });

  it('serialises equal views equally whatever order types were hidden in', () => {
    const a = viewReducer(viewReducer(DEFAULT_VIEW, { type: 'toggleEntityType', entityType: 'TARGET' }), { type: 'toggleEntityType', entityType: 'PROGRAM' });
    const b = viewReducer(viewReducer(DEFAULT_VIEW, { type: 'toggleEntityType', entityType: 'PROGRAM' }), { type: 'toggleEntityType', entityType: 'TARGET' });
    expect(serializeViewState(a)).toBe(serializeViewState(b));
  });

  it('drops what it cannot use from a hand-edited link and keeps the rest', () => {
    const view = parseViewState('?node=town:pingshi&hide=TARGET,NOPE&focus=7&cam=1,2&lang=fr&tab=elsewhere&hideRel=MENTIONS,x');
    expect(view).toEqual({ ...DEFAULT_VIEW, selected: 'town:pingshi', hiddenTypes: ['TARGET'], hiddenRelations: ['MENTIONS'] });
    expect(parseViewState('?cam=0.5,0.5,0').camera).toBeNull();
    expect(parseViewState('?cam=0.5,x,1').camera).toBeNull();
  });

  it('ignores focus without a selection, and a relation beside an entity', () => {
    expect(parseViewState('?focus=2').focusDepth).toBeNull();
    expect(parseViewState('?node=a&rel=b').selectedRelation).toBeNull();
  });

  it('writes dragged positions compactly and reads back what it can', () => {
    const search = serializeViewState({ ...DEFAULT_VIEW, positions: { 'town:pingshi': { x: 12.5, y: -40 } } });
    expect(search).toBe('?pos=town:pingshi~12.5~-40');
    expect(parsePositions('town:pingshi~1~2,broken~x~1,~1~2,noy~3,a~b~3~4')).toEqual({ 'town:pingshi': { x: 1, y: 2 }, 'a~b': { x: 3, y: 4 } });
  });

  it('reads grow mode, hidden entities and a multiple selection, dropping what does not fit', () => {
    const view = parseViewState('?node=a&also=b,a,,b&hideId=z,y&grow=s&expand=s,t,s&size=nope&color=pagerank');
    expect(view).toMatchObject({ selected: 'a', alsoSelected: ['b'], hiddenEntities: ['y', 'z'], growth: { start: 's', expanded: ['s', 't'] }, sizeBy: 'degree', colorBy: 'pagerank' });
    expect(parseViewState('?also=b').alsoSelected).toEqual([]);
  });

  it('tells navigation (worth a history entry) from camera moves', () => {
    expect(isNavigation(DEFAULT_VIEW, { ...DEFAULT_VIEW, camera: { x: 1, y: 1, ratio: 1 } })).toBe(false);
    expect(isNavigation(DEFAULT_VIEW, { ...DEFAULT_VIEW, selected: 'x' })).toBe(true);
    expect(isNavigation(DEFAULT_VIEW, { ...DEFAULT_VIEW, tab: 'outline' })).toBe(true);
    expect(isNavigation(DEFAULT_VIEW, { ...DEFAULT_VIEW, hiddenTypes: ['TARGET'] })).toBe(true);
    expect(isNavigation(DEFAULT_VIEW, { ...DEFAULT_VIEW, hiddenRelations: ['MENTIONS'] })).toBe(true);
    expect(isNavigation({ ...DEFAULT_VIEW, selected: 'a' }, { ...DEFAULT_VIEW, selected: 'a', focusDepth: 1 })).toBe(true);
    expect(isNavigation(DEFAULT_VIEW, { ...DEFAULT_VIEW, labels: 'en' })).toBe(true);
    expect(isNavigation(DEFAULT_VIEW, { ...DEFAULT_VIEW, positions: { a: { x: 1, y: 2 } } })).toBe(true);
    expect(isNavigation(DEFAULT_VIEW, { ...DEFAULT_VIEW, growth: { start: 'a', expanded: [] } })).toBe(true);
    expect(isNavigation(DEFAULT_VIEW, { ...DEFAULT_VIEW, hiddenEntities: ['a'] })).toBe(true);
    expect(isNavigation(DEFAULT_VIEW, { ...DEFAULT_VIEW, sizeBy: 'betweenness' })).toBe(true);
  });
});

describe('view reducer', () => {
  it('choosing a relation clears the selected entity and its focus, and back', () => {
    const focused = viewReducer(viewReducer(DEFAULT_VIEW, { type: 'select', id: 'town:pingshi' }), { type: 'setFocus', depth: 2 });
    expect(focused.focusDepth).toBe(2);
    const relation = viewReducer(focused, { type: 'selectRelation', id: 'r' });
    expect(relation).toMatchObject({ selected: null, selectedRelation: 'r', focusDepth: null });
    expect(viewReducer(relation, { type: 'select', id: 'town:lechang' })).toMatchObject({ selected: 'town:lechang', selectedRelation: null });
  });

  it('focus needs a selection, and clearing the selection ends it', () => {
    expect(viewReducer(DEFAULT_VIEW, { type: 'setFocus', depth: 1 }).focusDepth).toBeNull();
    const focused = viewReducer({ ...DEFAULT_VIEW, selected: 'a' }, { type: 'setFocus', depth: 3 });
    expect(viewReducer(focused, { type: 'select', id: null }).focusDepth).toBeNull();
  });

  it('choosing another entity or a section ends focus; choosing the same entity keeps it', () => {
    const focused = viewReducer({ ...DEFAULT_VIEW, selected: 'a' }, { type: 'setFocus', depth: 2 });
    expect(viewReducer(focused, { type: 'select', id: 'b' })).toMatchObject({ selected: 'b', focusDepth: null });
    expect(viewReducer(focused, { type: 'select', id: 'a' }).focusDepth).toBe(2);
    expect(viewReducer(focused, { type: 'setSection', id: 's' })).toMatchObject({ selected: 'a', section: 's', focusDepth: null });
    expect(viewReducer({ ...focused, section: 's' }, { type: 'setSection', id: null })).toMatchObject({ section: null, focusDepth: 2 });
  });

  it('toggles types on and off, in a fixed order', () => {
    const hidden = viewReducer(viewReducer(DEFAULT_VIEW, { type: 'toggleEntityType', entityType: 'TOWN' }), { type: 'toggleEntityType', entityType: 'STRATEGY' });
    expect(hidden.hiddenTypes).toEqual(['STRATEGY', 'TOWN']);
    expect(viewReducer(hidden, { type: 'toggleEntityType', entityType: 'TOWN' }).hiddenTypes).toEqual(['STRATEGY']);
    expect(viewReducer(hidden, { type: 'showAllTypes' }).hiddenTypes).toEqual([]);
  });

  it('"only this type" hides every other type, and asked again shows them all', () => {
    const only = viewReducer({ ...DEFAULT_VIEW, hiddenTypes: ['TOWN'] }, { type: 'onlyEntityType', entityType: 'TARGET' });
    expect(only.hiddenTypes).toEqual(ENTITY_TYPES.filter((t) => t !== 'TARGET'));
    expect(viewReducer(only, { type: 'onlyEntityType', entityType: 'TARGET' }).hiddenTypes).toEqual([]);
    expect(viewReducer(only, { type: 'onlyEntityType', entityType: 'TOWN' }).hiddenTypes).toEqual(ENTITY_TYPES.filter((t) => t !== 'TOWN'));
    const relation = viewReducer(DEFAULT_VIEW, { type: 'onlyRelationType', relationType: 'LOCATED_IN' });
    expect(relation.hiddenRelations).toEqual(RELATION_TYPES.filter((t) => t !== 'LOCATED_IN'));
  });

  it('choosing a path end or a section switches to its tab', () => {
    expect(viewReducer(DEFAULT_VIEW, { type: 'setPathEnd', end: 'to', id: 'x' })).toMatchObject({ pathTo: 'x', tab: 'path' });
    expect(viewReducer(DEFAULT_VIEW, { type: 'setSection', id: 's' })).toMatchObject({ section: 's', tab: 'outline' });
    expect(viewReducer({ ...DEFAULT_VIEW, pathFrom: 'a', pathTo: 'b' }, { type: 'swapPathEnds' })).toMatchObject({ pathFrom: 'b', pathTo: 'a' });
  });

  it('returns the same object when selecting what is already selected', () => {
    const selected = viewReducer(DEFAULT_VIEW, { type: 'select', id: 'a' });
    expect(viewReducer(selected, { type: 'select', id: 'a' })).toBe(selected);
  });

  it('shift/ctrl-click adds to the selection and takes out again; a plain click selects one', () => {
    let view = viewReducer(DEFAULT_VIEW, { type: 'toggleSelect', id: 'a' });
    expect(view).toMatchObject({ selected: 'a', alsoSelected: [] });
    view = viewReducer(view, { type: 'toggleSelect', id: 'b' });
    view = viewReducer(view, { type: 'toggleSelect', id: 'c' });
    expect(view).toMatchObject({ selected: 'c', alsoSelected: ['a', 'b'] });
    expect(selectionOf(view)).toEqual(['a', 'b', 'c']);
    expect(viewReducer(view, { type: 'toggleSelect', id: 'c' })).toMatchObject({ selected: 'b', alsoSelected: ['a'] });
    expect(viewReducer(view, { type: 'toggleSelect', id: 'a' })).toMatchObject({ selected: 'c', alsoSelected: ['b'] });
    expect(viewReducer(view, { type: 'select', id: 'x' })).toMatchObject({ selected: 'x', alsoSelected: [] });
    expect(viewReducer(view, { type: 'clearSelection' })).toMatchObject({ selected: null, alsoSelected: [] });
    expect(viewReducer(view, { type: 'selectRelation', id: 'r' })).toMatchObject({ selected: null, alsoSelected: [] });
  });

  it('hiding entities takes them out of the selection; showing brings back one or all', () => {
    const selected = { ...DEFAULT_VIEW, selected: 'c', alsoSelected: ['a', 'b'] };
    const hidden = viewReducer(selected, { type: 'hideEntities', ids: ['c', 'z'] });
    expect(hidden).toMatchObject({ hiddenEntities: ['c', 'z'], selected: 'b', alsoSelected: ['a'] });
    expect(viewReducer(hidden, { type: 'showEntities', ids: ['z'] }).hiddenEntities).toEqual(['c']);
    expect(viewReducer(hidden, { type: 'showEntities', ids: null }).hiddenEntities).toEqual([]);
  });

  it('grow mode starts from one entity, expands one at a time, and gives way to focus', () => {
    let view = viewReducer({ ...DEFAULT_VIEW, selected: 'x' }, { type: 'startGrowth', id: 'a' });
    expect(view).toMatchObject({ growth: { start: 'a', expanded: [] }, selected: 'a' });
    view = viewReducer(view, { type: 'expand', ids: ['a'] });
    view = viewReducer(view, { type: 'expand', ids: ['b', 'a'] });
    expect(view.growth).toEqual({ start: 'a', expanded: ['a', 'b'] });
    expect(viewReducer(view, { type: 'setFocus', depth: 1 })).toMatchObject({ growth: null, focusDepth: 1 });
    expect(viewReducer(view, { type: 'endGrowth' }).growth).toBeNull();
    expect(viewReducer(DEFAULT_VIEW, { type: 'expand', ids: ['q'] }).growth).toEqual({ start: 'q', expanded: ['q'] });
  });

  it('keeps dragged positions to a tenth, and forgets them all on reset', () => {
    const moved = viewReducer(DEFAULT_VIEW, { type: 'moveEntity', id: 'a', position: { x: 1.234, y: -9.87 } });
    expect(moved.positions).toEqual({ a: { x: 1.2, y: -9.9 } });
    expect(viewReducer(moved, { type: 'resetPositions' }).positions).toEqual({});
  });
});
