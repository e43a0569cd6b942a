import { describe, expect, it } from 'vitest';
import { computeVisibility, countByType, neighbourhood } from '../../client/src/core/filters/index.ts';
import { buildGraphIndex } from '../../client/src/core/graph/graph-index.ts';
import { computeEmphasis, selectionEmphasis } from '../../client/src/core/highlight/index.ts';
import { DEFAULT_VIEW } from '../../client/src/core/view-state/types.ts';
import { GRAPH, id } from './fixtures.ts';

const index = buildGraphIndex(GRAPH);
const everything = computeVisibility(index, { hiddenTypes: [], hiddenRelations: [], focus: null });

describe('graph index', () => {
  it('indexes every entity and relation, with neighbours both ways', () => {
    expect(index.entities.size).toBe(9);
    expect(index.relations.size).toBe(7);
    expect([...index.neighbours.get('town:pingshi')!].sort()).toEqual(['program:ten-hundred', 'town:huangben', 'town:lechang']);
    expect(index.neighbours.get('org:isolated')!.size).toBe(0);
  });

  it('skips a relation whose end is missing instead of failing', () => {
    const broken = buildGraphIndex({ ...GRAPH, relations: [...GRAPH.relations, { id: 'x', type: 'MENTIONS', sourceId: 'glossary:12', targetId: 'nowhere' }] });
    expect(broken.relations.has('x')).toBe(false);
  });
});

describe('visibility', () => {
  it('shows everything by default', () => {
    expect(everything.entities.size).toBe(9);
    expect(everything.relations.size).toBe(7);
  });

  it('hides entity types and the relations that touch them', () => {
    const v = computeVisibility(index, { hiddenTypes: ['PROGRAM'], hiddenRelations: [], focus: null });
    expect(v.entities.has('program:ten-hundred')).toBe(false);
    expect(v.entities.size).toBe(8);
    expect(v.relations.size).toBe(3);
    expect(countByType(index, v.entities).get('TOWN')).toBe(4);
  });

  it('hides relation types but keeps their entities', () => {
    const v = computeVisibility(index, { hiddenTypes: [], hiddenRelations: ['LOCATED_IN'], focus: null });
    expect(v.entities.size).toBe(9);
    expect(v.relations.size).toBe(4);
  });

  it('focus keeps the neighbourhood to the chosen depth, over shown relations only', () => {
    const one = computeVisibility(index, { hiddenTypes: [], hiddenRelations: [], focus: { center: 'town:pingshi', depth: 1 } });
    expect([...one.entities].sort()).toEqual(['program:ten-hundred', 'town:huangben', 'town:lechang', 'town:pingshi']);
    const two = computeVisibility(index, { hiddenTypes: [], hiddenRelations: [], focus: { center: 'town:pingshi', depth: 2 } });
    expect(two.entities.size).toBe(8);
    expect(two.entities.has('org:isolated')).toBe(false);
    const noLocated = computeVisibility(index, { hiddenTypes: [], hiddenRelations: ['LOCATED_IN'], focus: { center: 'town:pingshi', depth: 3 } });
    expect([...noLocated.entities].sort()).toEqual(['town:huangben', 'town:pingshi']);
  });

  it('focus does not walk through hidden entity types', () => {
    const v = computeVisibility(index, { hiddenTypes: ['PROGRAM'], hiddenRelations: [], focus: { center: 'town:pingshi', depth: 3 } });
    expect(v.entities.has('strategy:plan-2')).toBe(false);
    expect(v.entities.has('town:beixiang')).toBe(true);
  });

  it('keeps the entities and relations it is told to, whatever the filters', () => {
    const v = computeVisibility(index, {
      hiddenTypes: ['TOWN'],
      hiddenRelations: ['PART_OF'],
      focus: null,
      keepEntities: ['town:huangben', 'town:pingshi'],
      keepRelations: [id('PART_OF', 'town:huangben', 'town:pingshi')],
    });
    expect(v.entities.has('town:huangben')).toBe(true);
    expect(v.relations.has(id('PART_OF', 'town:huangben', 'town:pingshi'))).toBe(true);
    expect(v.entities.has('town:lechang')).toBe(false);
  });

  it('neighbourhood of an unknown entity is only itself', () => {
    expect([...neighbourhood(index, 'nope', 3, { entity: () => true, relationType: () => true })]).toEqual(['nope']);
  });
});

describe('emphasis', () => {
  it('a selection lights up itself, its visible neighbours and the relations between', () => {
    const e = selectionEmphasis(index, everything, 'program:ten-hundred');
    expect(e.entities.size).toBe(5);
    expect(e.relations.size).toBe(4);
    const withoutTargets = computeVisibility(index, { hiddenTypes: ['TARGET'], hiddenRelations: [], focus: null });
    expect(selectionEmphasis(index, withoutTargets, 'program:ten-hundred').entities.has('target:2021:gdp')).toBe(false);
  });

  it('follows the sidebar mode: path on the Path tab, section in reading mode, else the selection', () => {
    const path = { entities: ['town:huangben', 'town:pingshi', 'town:lechang'], relations: [id('PART_OF', 'town:huangben', 'town:pingshi'), id('LOCATED_IN', 'town:pingshi', 'town:lechang')] };
    const view = { ...DEFAULT_VIEW, selected: 'town:beixiang', section: 's1' };
    expect(computeEmphasis(index, everything, { view: { ...view, tab: 'path' }, path, sectionEntities: null })?.reason).toBe('path');
    const section = computeEmphasis(index, everything, { view: { ...view, tab: 'outline' }, path, sectionEntities: ['town:pingshi', 'town:lechang', 'unknown'] });
    expect(section?.reason).toBe('section');
    expect(section?.entities.size).toBe(2);
    expect(section?.relations.size).toBe(1);
    const selection = computeEmphasis(index, everything, { view: { ...view, tab: 'filters' }, path, sectionEntities: null });
    expect(selection?.reason).toBe('selection');
    expect([...selection!.entities].sort()).toEqual(['town:beixiang', 'town:lechang']);
  });

  it('a section lights up only its drawn entities and counts the ones the filters hide', () => {
    const withoutPlaces = computeVisibility(index, { hiddenTypes: ['TOWN'], hiddenRelations: [], focus: null, keepEntities: ['town:pingshi'] });
    const e = computeEmphasis(index, withoutPlaces, { view: { ...DEFAULT_VIEW, tab: 'outline', section: 's1' }, path: null, sectionEntities: ['town:pingshi', 'town:lechang', 'program:ten-hundred', 'town:lechang'] });
    expect([...e!.entities].sort()).toEqual(['program:ten-hundred', 'town:pingshi']);
    expect(e!.notDrawn).toBe(1);
    for (const id of e!.entities) expect(withoutPlaces.entities.has(id)).toBe(true);
  });

  it('a selected relation lights up its two ends; focus mode and no selection light up nothing', () => {
    const relation = id('LOCATED_IN', 'town:beixiang', 'town:lechang');
    const e = computeEmphasis(index, everything, { view: { ...DEFAULT_VIEW, selectedRelation: relation }, path: null, sectionEntities: null });
    expect(e?.reason).toBe('relation');
    expect([...e!.entities].sort()).toEqual(['town:beixiang', 'town:lechang']);
    expect(computeEmphasis(index, everything, { view: { ...DEFAULT_VIEW, selected: 'town:pingshi', focusDepth: 1 }, path: null, sectionEntities: null })).toBeNull();
    expect(computeEmphasis(index, everything, { view: DEFAULT_VIEW, path: null, sectionEntities: null })).toBeNull();
  });
});

describe('grow mode, hidden entities and a multiple selection', () => {
  it('grows from one entity by its neighbours, one expand at a time, over the types shown', () => {
    const start = computeVisibility(index, { hiddenTypes: [], hiddenRelations: [], focus: null, growth: { start: 'town:pingshi', expanded: [] } });
    expect([...start.entities]).toEqual(['town:pingshi']);
    const once = computeVisibility(index, { hiddenTypes: [], hiddenRelations: [], focus: null, growth: { start: 'town:pingshi', expanded: ['town:pingshi'] } });
    expect([...once.entities].sort()).toEqual(['program:ten-hundred', 'town:huangben', 'town:lechang', 'town:pingshi']);
    expect(once.relations.size).toBe(3);
    const twice = computeVisibility(index, { hiddenTypes: ['GLOSSARY_TERM'], hiddenRelations: [], focus: null, growth: { start: 'town:pingshi', expanded: ['town:pingshi', 'program:ten-hundred', 'gone:id'] } });
    expect([...twice.entities].sort()).toEqual(['program:ten-hundred', 'strategy:plan-2', 'target:2021:gdp', 'town:huangben', 'town:lechang', 'town:pingshi']);
  });

  it('hides entities one by one, unless they must stay in sight', () => {
    const v = computeVisibility(index, { hiddenTypes: [], hiddenRelations: [], focus: null, hiddenEntities: ['town:pingshi', 'town:lechang'], keepEntities: ['town:lechang'] });
    expect(v.entities.has('town:pingshi')).toBe(false);
    expect(v.entities.has('town:lechang')).toBe(true);
    expect(v.relations.has(id('LOCATED_IN', 'town:pingshi', 'town:lechang'))).toBe(false);
    const focused = computeVisibility(index, { hiddenTypes: [], hiddenRelations: [], focus: { center: 'program:ten-hundred', depth: 1 }, hiddenEntities: ['glossary:12'] });
    expect(focused.entities.has('glossary:12')).toBe(false);
    expect(focused.entities.size).toBe(4);
  });

  it('emphasises every selected entity with its neighbours', () => {
    const e = computeEmphasis(index, everything, { view: { ...DEFAULT_VIEW, selected: 'town:beixiang', alsoSelected: ['glossary:12'] }, path: null, sectionEntities: null })!;
    expect([...e.entities].sort()).toEqual(['glossary:12', 'program:ten-hundred', 'town:beixiang', 'town:lechang']);
    expect(e.relations.size).toBe(2);
    expect(e.reason).toBe('selection');
  });
});
