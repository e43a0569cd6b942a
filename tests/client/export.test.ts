import { describe, expect, it } from 'vitest';
import { exportQuery, legendEntries } from '../../client/src/core/export/index.ts';
import { ENTITY_STYLE } from '../../client/src/core/graph/style.ts';
import { DEFAULT_VIEW } from '../../client/src/core/view-state/types.ts';

describe('exports of the current view', () => {
  it('asks for everything when nothing is filtered', () => {
    expect(exportQuery(DEFAULT_VIEW)).toBe('');
  });

  it('asks for the types shown, and the relation types shown', () => {
    expect(exportQuery({ ...DEFAULT_VIEW, hiddenTypes: ['TARGET', 'GLOSSARY_TERM'], hiddenRelations: ['MENTIONS'] })).toBe(
      '?types=STRATEGY,PROGRAM,TOWN,PARK,ORGANIZATION&relationTypes=PART_OF_STRATEGY,HAS_TARGET,LOCATED_IN,PART_OF,DEFINED_BY,AWARDED',
    );
  });

  it('asks for the focused neighbourhood when focus is on', () => {
    expect(exportQuery({ ...DEFAULT_VIEW, selected: 'town:pingshi', focusDepth: 2, hiddenTypes: ['TARGET'] })).toBe('?id=town:pingshi&depth=2&limit=2000');
    expect(exportQuery({ ...DEFAULT_VIEW, selected: 'town:pingshi', focusDepth: 1, hiddenRelations: ['MENTIONS'] })).toBe(
      '?id=town:pingshi&depth=1&limit=2000&relationTypes=PART_OF_STRATEGY,HAS_TARGET,LOCATED_IN,PART_OF,DEFINED_BY,AWARDED',
    );
  });

  it('asks for the types shown when an entity is selected without focus', () => {
    expect(exportQuery({ ...DEFAULT_VIEW, selected: 'town:pingshi', hiddenTypes: ['TARGET'] })).toBe('?types=STRATEGY,PROGRAM,TOWN,PARK,ORGANIZATION,GLOSSARY_TERM');
  });

  it('puts only the types drawn in the legend, in the fixed order, with counts', () => {
    const legend = legendEntries(new Map([['TOWN', 3], ['STRATEGY', 1], ['PARK', 0]]));
    expect(legend).toEqual([
      { color: ENTITY_STYLE.STRATEGY.color, label: 'Strategy 战略 (1)' },
      { color: ENTITY_STYLE.TOWN.color, label: 'Place 地方 (3)' },
    ]);
  });
});
