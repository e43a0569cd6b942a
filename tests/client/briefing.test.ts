import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addSlide, briefingHash, briefingLink, decodeBriefing, encodeBriefing, moveSlide, parseBriefingHash, removeSlide, setCaption, slideViewState } from '../../client/src/core/briefing/index.ts';
import { keyEntities } from '../../client/src/core/briefing/key-entities.ts';
import { computeVisibility } from '../../client/src/core/filters/index.ts';
import { buildGraphIndex } from '../../client/src/core/graph/graph-index.ts';
import { computeEmphasis } from '../../client/src/core/highlight/index.ts';
import { DEFAULT_VIEW } from '../../client/src/core/view-state/types.ts';
import { GRAPH } from './fixtures.ts';

const slides = [
  { view: '?node=town:pingshi&focus=1', caption: '坪石镇 and its neighbours' },
  { view: '?hide=TARGET', caption: 'Without targets & "quotes" <b>' },
  { view: '', caption: '' },
];

describe('briefing', () => {
  it('round-trips through its encoding, Chinese and punctuation included', () => {
    expect(decodeBriefing(encodeBriefing(slides))).toEqual(slides);
    expect(encodeBriefing(slides)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('round-trips any list of views and captions', () => {
    const slide = fc.record({ view: fc.string().map((s) => `?${s}`), caption: fc.string({ maxLength: 500 }) });
    fc.assert(
      fc.property(fc.array(slide, { maxLength: 20 }), (list) => {
        expect(decodeBriefing(encodeBriefing(list))).toEqual(list);
      }),
    );
  });

  it('reads a damaged code as no slides, and skips malformed entries', () => {
    expect(decodeBriefing('not base64!')).toEqual([]);
    expect(decodeBriefing(btoa('{"a":1}'))).toEqual([]);
    expect(decodeBriefing(btoa(JSON.stringify([['node=x', 'c'], [1, 'bad'], ['?y']])))).toEqual([
      { view: '?node=x', caption: 'c' },
      { view: '?y', caption: '' },
    ]);
  });

  it('reorders, captions, adds and removes without changing the input', () => {
    const frozen = Object.freeze([...slides]);
    expect(moveSlide(frozen, 0, 1).map((s) => s.view)).toEqual(['?hide=TARGET', '?node=town:pingshi&focus=1', '']);
    expect(moveSlide(frozen, 2, -1).map((s) => s.view)).toEqual(['?node=town:pingshi&focus=1', '', '?hide=TARGET']);
    expect(moveSlide(frozen, 0, -1)).toEqual(slides);
    expect(moveSlide(frozen, 2, 1)).toEqual(slides);
    expect(setCaption(frozen, 1, 'new')[1]).toEqual({ view: '?hide=TARGET', caption: 'new' });
    expect(removeSlide(frozen, 0)).toEqual(slides.slice(1));
    expect(addSlide(frozen, { view: '?tab=path', caption: 'x' })).toHaveLength(4);
    expect(frozen).toEqual(slides);
  });

  it('lives in the URL fragment, with the slide on screen counted from 1', () => {
    expect(parseBriefingHash(briefingHash(slides))).toEqual({ briefing: slides, slide: 0 });
    expect(parseBriefingHash(briefingHash(slides, 2))).toEqual({ briefing: slides, slide: 2 });
    expect(parseBriefingHash(`${briefingHash(slides)}&slide=9`)?.slide).toBe(0);
    expect(parseBriefingHash('#other=1')).toBeNull();
    expect(briefingLink('http://h', '/', slides)).toBe(`http://h/?node=town:pingshi&focus=1${briefingHash(slides)}`);
  });

  it('saves a view taken from the Briefing tab in the mode that gives it its emphasis', () => {
    expect(slideViewState({ ...DEFAULT_VIEW, tab: 'briefing' }).tab).toBe('filters');
    expect(slideViewState({ ...DEFAULT_VIEW, tab: 'briefing', section: 's1' }).tab).toBe('outline');
    expect(slideViewState({ ...DEFAULT_VIEW, tab: 'briefing', pathFrom: 'a', pathTo: 'b' }).tab).toBe('path');
    expect(slideViewState({ ...DEFAULT_VIEW, tab: 'path' }).tab).toBe('path');
  });
});

describe('key entities of a view', () => {
  const index = buildGraphIndex(GRAPH);
  const everything = computeVisibility(index, { hiddenTypes: [], hiddenRelations: [], focus: null });

  it('puts the selection first, then its emphasised neighbours by degree', () => {
    const emphasis = computeEmphasis(index, everything, { view: { ...DEFAULT_VIEW, selected: 'town:pingshi' }, path: null, sectionEntities: null });
    expect(keyEntities(index, everything, emphasis, { selected: 'town:pingshi' }, 3)).toEqual(['town:pingshi', 'program:ten-hundred', 'town:lechang']);
  });

  it('keeps a path in its order, and takes the most connected entities in view otherwise', () => {
    const path = { entities: ['town:huangben', 'town:pingshi', 'town:lechang'], relations: [] };
    const emphasis = computeEmphasis(index, everything, { view: { ...DEFAULT_VIEW, tab: 'path' }, path, sectionEntities: null });
    expect(keyEntities(index, everything, emphasis, { selected: null })).toEqual(path.entities);
    const shown = computeVisibility(index, { hiddenTypes: ['PROGRAM'], hiddenRelations: [], focus: null });
    expect(keyEntities(index, shown, null, { selected: null }, 2)).toEqual(['town:pingshi', 'town:lechang']);
  });
});
