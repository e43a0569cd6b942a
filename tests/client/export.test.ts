import { describe, expect, it } from 'vitest';
import { exportRequest, legendEntries, MAX_EXPORT_URL } from '../../client/src/core/export/index.ts';
import { ENTITY_STYLE } from '../../client/src/core/graph/style.ts';
import { DEFAULT_VIEW } from '../../client/src/core/view-state/types.ts';

const NONE = new Set<string>();
const exportQuery = (view: Parameters<typeof exportRequest>[0], drawn: ReadonlySet<string> = NONE) => exportRequest(view, drawn).query;

describe('exports of the current view', () => {
  it('asks for everything when nothing is filtered', () => {
    expect(exportRequest(DEFAULT_VIEW, NONE)).toEqual({ query: '', form: null });
  });

  it('asks for the types shown, and the relation types shown', () => {
    expect(exportQuery({ ...DEFAULT_VIEW, hiddenTypes: ['TARGET', 'GLOSSARY_TERM'], hiddenRelations: ['MENTIONS'] })).toBe(
      '?types=STRATEGY,PROGRAM,TOWN,PARK,ORGANIZATION,INDICATOR&relationTypes=PART_OF_STRATEGY,HAS_TARGET,LOCATED_IN,PART_OF,DEFINED_BY,AWARDED,MEASURES,RESULT_OF',
    );
  });

  it('names exactly the entities drawn when focus is on, whatever types are hidden', () => {
    const drawn = new Set(['town:pingshi', 'program:b', 'park:a']);
    expect(exportQuery({ ...DEFAULT_VIEW, selected: 'town:pingshi', focusDepth: 2, hiddenTypes: ['TARGET'] }, drawn)).toBe('?ids=park:a,program:b,town:pingshi');
    expect(exportQuery({ ...DEFAULT_VIEW, selected: 'town:pingshi', focusDepth: 1, hiddenRelations: ['MENTIONS'] }, drawn)).toBe(
      '?ids=park:a,program:b,town:pingshi&relationTypes=PART_OF_STRATEGY,HAS_TARGET,LOCATED_IN,PART_OF,DEFINED_BY,AWARDED,MEASURES,RESULT_OF',
    );
  });

  it('sends a list too long for an address as a form', () => {
    const drawn = new Set(Array.from({ length: 600 }, (_, i) => `program:entity-number-${i}`));
    const request = exportRequest({ ...DEFAULT_VIEW, selected: 'program:entity-number-0', focusDepth: 3, hiddenRelations: ['MENTIONS'] }, drawn);
    expect(request.query).toBe('');
    expect(request.form?.ids?.split(',')).toHaveLength(600);
    expect(request.form?.ids?.length).toBeGreaterThan(MAX_EXPORT_URL);
    expect(request.form?.relationTypes).toBe('PART_OF_STRATEGY,HAS_TARGET,LOCATED_IN,PART_OF,DEFINED_BY,AWARDED,MEASURES,RESULT_OF');
  });

  it('asks for the types shown when an entity is selected without focus', () => {
    expect(exportQuery({ ...DEFAULT_VIEW, selected: 'town:pingshi', hiddenTypes: ['TARGET'] })).toBe('?types=STRATEGY,PROGRAM,TOWN,PARK,ORGANIZATION,GLOSSARY_TERM,INDICATOR');
  });

  it('puts only the types drawn in the legend, in the fixed order, with counts', () => {
    const legend = legendEntries(new Map([['TOWN', 3], ['STRATEGY', 1], ['PARK', 0]]));
    expect(legend).toEqual([
      { color: ENTITY_STYLE.STRATEGY.color, label: 'Strategy 战略 (1)' },
      { color: ENTITY_STYLE.TOWN.color, label: 'Place 地方 (3)' },
    ]);
  });
});
