import { describe, expect, it } from 'vitest';
import { computeVisibility } from '../../client/src/core/filters/index.ts';
import { buildGraphIndex } from '../../client/src/core/graph/graph-index.ts';
import { byId, colorsFor, computeMeasure, extent, measureInput, sectionColors, sequentialColor, sizesFor, topSections } from '../../client/src/core/measures/index.ts';
import { GRAPH } from './fixtures.ts';

const index = buildGraphIndex(GRAPH);

describe('measures', () => {
  it('degree over the whole graph agrees with the API, and over what is drawn counts drawn relations only', () => {
    const input = measureInput(index, null);
    const degree = byId(input, computeMeasure(input, 'degree'));
    for (const node of GRAPH.nodes) expect(degree.get(node.id), node.id).toBe(node.degree);
    const drawn = computeVisibility(index, { hiddenTypes: ['PROGRAM'], hiddenRelations: [], focus: null });
    const part = measureInput(index, drawn);
    const partial = byId(part, computeMeasure(part, 'degree'));
    expect(partial.has('program:ten-hundred')).toBe(false);
    expect(partial.get('town:pingshi')).toBe(2);
  });

  it('betweenness is highest where shortest paths cross (0–1), zero at the leaves', () => {
    const input = measureInput(index, null);
    const b = byId(input, computeMeasure(input, 'betweenness'));
    expect(extent(b).top).toBe('program:ten-hundred');
    expect(b.get('town:huangben')).toBe(0);
    expect(b.get('org:isolated')).toBe(0);
    for (const v of b.values()) expect(v).toBeLessThanOrEqual(1);
  });

  it('PageRank follows relations in their direction and sums to 1', () => {
    const input = measureInput(index, null);
    const p = byId(input, computeMeasure(input, 'pagerank'));
    const sum = [...p.values()].reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 5);
    // The city is pointed at by two towns, one of which is pointed at by the village and the program.
    expect(extent(p).top).toBe('town:lechang');
    expect(p.get('town:lechang')!).toBeGreaterThan(p.get('town:beixiang')!);
  });

  it('maps values to sizes and colours over their range', () => {
    const values = new Map([['a', 0], ['b', 5], ['c', 10]]);
    const sizes = sizesFor(values);
    expect(sizes.get('a')).toBe(3);
    expect(sizes.get('c')).toBe(22);
    expect(sizes.get('b')!).toBeGreaterThan(3);
    expect(sizes.get('b')!).toBeLessThan(22);
    expect(sequentialColor(0)).toBe('#c6dbef');
    expect(sequentialColor(1)).toBe('#08306b');
    expect(colorsFor(values).get('c')).toBe('#08306b');
    expect(sizesFor(new Map([['x', 4]])).get('x')).toBe(3);
  });

  it('finds the top-level section an entity is most mentioned in; a tie goes to the earlier section', () => {
    const sections = [
      { id: 's:a', parent: null },
      { id: 's:a-1', parent: { id: 's:a' } },
      { id: 's:a-1-1', parent: { id: 's:a-1' } },
      { id: 's:b', parent: null },
      { id: 's:b-1', parent: { id: 's:b' } },
    ];
    const top = topSections(sections, [
      { id: 'x', sections: ['s:a-1-1', 's:b-1', 's:b'] },
      { id: 'y', sections: ['s:b-1', 's:a-1'] },
      { id: 'z', sections: [] },
      { id: 'w', sections: ['s:unknown'] },
    ]);
    expect(top.get('x')).toBe('s:b');
    expect(top.get('y')).toBe('s:a');
    expect(top.has('z')).toBe(false);
    expect(top.get('w')).toBe('s:unknown');
    expect([...sectionColors(['s:a', 's:b']).values()]).toHaveLength(2);
  });
});
