/**
 * Exports that validating tools accept: GraphML and GEXF against their published XSDs (as
 * JGraphT ships them on Maven Central), no control characters, the seed's layout in every
 * format, numbers typed as numbers, file names that say the filter, and an explicit `ids` list
 * that exports exactly what a canvas draws.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../graph-seed/types.ts';
import { ENTITY_STYLE, RELATION_STYLE } from '../../client/src/core/graph/style.ts';
import { toGexf, toGraphml } from '../../server/export/formats.ts';
import { ENTITY_COLORS, RELATION_COLORS } from '../../graph-seed/layout/palette.ts';
import type { SubgraphRecord } from '../../server/store/types.ts';
import { app, seed, store } from './app.ts';
import { gexfErrors, graphmlErrors } from './xsd.ts';

const get = (path: string, init: RequestInit = {}) => app.fetch(new Request(`http://test${path}`, init));
const FILTERS = ['', '?types=TOWN,PARK&relationTypes=LOCATED_IN,PART_OF', '?id=town:pingshi&depth=2', '?ids=town:pingshi,town:lechang,glossary:12'];

describe('exports validate against the published schemas', () => {
  for (const filter of FILTERS) {
    it(`GraphML ${filter || '(whole graph)'} is valid GraphML 1.0`, async () => {
      expect((await graphmlErrors(await (await get(`/export/graph.graphml${filter}`)).text())).map((e) => e.message)).toEqual([]);
    }, 60_000);

    it(`GEXF ${filter || '(whole graph)'} is valid GEXF 1.2draft`, async () => {
      const gexf = await (await get(`/export/graph.gexf${filter}`)).text();
      expect(gexf).toContain('xmlns:viz="http://www.gexf.net/1.2draft/viz"');
      expect((await gexfErrors(gexf)).map((e) => e.message)).toEqual([]);
    }, 60_000);
  }

  it('the validator rejects what it should: an edge id that is not an NMTOKEN, a stray attribute', async () => {
    const graphml = '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="a"/><node id="b"/><edge id="X:a->b" source="a" target="b"/></graph></graphml>';
    expect((await graphmlErrors(graphml)).length).toBeGreaterThan(0);
    const gexf = (await (await get('/export/graph.gexf?types=GLOSSARY_TERM')).text()).replace('<node id="glossary:1"', '<node id="glossary:1" colour="red"');
    expect((await gexfErrors(gexf)).length).toBeGreaterThan(0);
  }, 60_000);

  it('control characters in the text never reach a file, and relation ids with -> become valid ids', async () => {
    const [entity] = await store.entitiesByIds(['town:pingshi']);
    const dirty = { ...entity!, name: 'A\u0008B\u0001C', description: 'x\u000By' };
    const relation = { id: 'PART_OF:town:pingshi->town:lechang', type: 'PART_OF' as const, source: 'town:pingshi', target: 'town:lechang', evidence: [] };
    const [lechang] = await store.entitiesByIds(['town:lechang']);
    const subgraph: SubgraphRecord = { nodes: [dirty, lechang!], relations: [relation], truncated: false };
    const provenance = { passage: () => ({ quote: 'q\u0008', context: '', quoteOffset: 0 }), section: () => null };
    for (const xml of [toGexf(subgraph, provenance), toGraphml(subgraph, provenance)]) {
      expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
      expect(xml).toContain('ABC');
    }
    expect((await gexfErrors(toGexf(subgraph, provenance))).map((e) => e.message)).toEqual([]);
    expect((await graphmlErrors(toGraphml(subgraph, provenance))).map((e) => e.message)).toEqual([]);
  }, 60_000);
});

describe('exports carry the layout and typed numbers', () => {
  const seeded = seed.graph.nodes.find((n) => n.key === 'town:pingshi')!.attributes!;

  it('GEXF: viz position, size and colour; numbers typed', async () => {
    const text = await (await get('/export/graph.gexf?types=TOWN,TARGET')).text();
    const graph = parseGexf(MultiDirectedGraph, text);
    const town = graph.getNodeAttributes('town:pingshi');
    expect(town.x).toBeCloseTo(seeded.x!, 5);
    expect(town.y).toBeCloseTo(seeded.y!, 5);
    expect(town.size).toBeGreaterThan(3);
    expect(town.color).toMatch(/^(#59a14f|rgb\(89,\s*161,\s*79\))$/i);
    expect(text).toMatch(/<attribute id="value" title="value" type="double"\/>/);
    expect(text).toMatch(/<attribute id="degree" title="degree" type="integer"\/>/);
    const target = graph.getNodeAttributes('target:2021-2025:senlinfugailv-71');
    expect(target.value).toBe(71);
  });

  it('GraphML: x, y, size typed double, colour as #rrggbb', async () => {
    const text = await (await get('/export/graph.graphml?types=TOWN,TARGET')).text();
    for (const k of ['x', 'y', 'size', 'value']) expect(text).toContain(`<key id="n_${k}" for="node" attr.name="${k}" attr.type="double"/>`);
    expect(text).toContain('<key id="n_number" for="node" attr.name="number" attr.type="int"/>');
    expect(text).toMatch(/<node id="town:pingshi">[\s\S]*?<data key="n_color">#59a14f<\/data>/);
  });

  it('JSON: node attributes x, y, size, color as sigma reads them, and numbers as numbers', async () => {
    const graph = new MultiDirectedGraph();
    graph.import(await (await get('/export/graph.json?types=GLOSSARY_TERM,TARGET')).json());
    expect(graph.getNodeAttribute('glossary:12', 'number')).toBe(12);
    expect(graph.getNodeAttribute('target:2021-2025:senlinfugailv-71', 'value')).toBe(71);
    const attributes = graph.getNodeAttributes('glossary:12');
    expect(typeof attributes.x).toBe('number');
    expect(attributes.color).toBe('#c9a227');
  });

  it('the palette is the explorer\'s, and every relation type has a colour', () => {
    for (const [type, style] of Object.entries(ENTITY_STYLE)) expect(ENTITY_COLORS[type as keyof typeof ENTITY_STYLE]).toBe(style.color);
    for (const type of RELATION_TYPES) {
      expect(RELATION_COLORS[type]).toMatch(/^#[0-9a-f]{6}$/);
      const style = (RELATION_STYLE as Partial<Record<string, { color: string }>>)[type];
      if (style) expect(RELATION_COLORS[type]).toBe(style.color);
    }
  });
});

describe('what a canvas draws, and names that say the filter', () => {
  it('ids= exports exactly the entities named and the relations among them', async () => {
    const sub = await store.neighborhood({ id: 'town:lechang', depth: 1, direction: 'BOTH', limit: 200 });
    const drawn = sub!.nodes.filter((n) => n.type !== 'TARGET' && n.type !== 'STRATEGY').map((n) => n.id);
    const response = await get(`/export/nodes.csv?ids=${drawn.join(',')}`);
    const rows = parseCsv(await response.text(), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id).sort()).toEqual([...drawn].sort());
    const edges = parseCsv(await (await get(`/export/edges.csv?ids=${drawn.join(',')}`)).text(), { columns: true, bom: true }) as Record<string, string>[];
    const inside = new Set(drawn);
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((e) => inside.has(e.source!) && inside.has(e.target!))).toBe(true);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="lechang-2021-selection-${drawn.length}-entities-nodes.csv"`);
    // The same list as a form POST, for lists too long for a URL.
    const posted = await get('/export/nodes.csv', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ ids: drawn.join(',') }).toString() });
    expect((parseCsv(await posted.text(), { columns: true, bom: true }) as unknown[]).length).toBe(drawn.length);
  });

  it('ids= refuses unknown ids and other filters, with a code', async () => {
    const unknown = await get('/export/graph.json?ids=town:pingshi,town:atlantis');
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ code: 'BAD_USER_INPUT', error: expect.stringContaining('town:atlantis') });
    expect((await get('/export/graph.json?ids=town:pingshi&types=TOWN')).status).toBe(400);
  });

  it('file names say the filter', async () => {
    const name = async (path: string) => /filename="([^"]+)"/.exec((await get(path)).headers.get('content-disposition') ?? '')?.[1];
    expect(await name('/export/graph.gexf')).toBe('lechang-2021-graph.gexf');
    expect(await name('/export/graph.gexf?types=TOWN,PARK&relationTypes=LOCATED_IN')).toBe('lechang-2021-graph-types-town+park-relations-located_in.gexf');
    expect(await name('/export/edges.csv?id=town:pingshi&depth=2&direction=OUT&limit=50')).toBe('lechang-2021-town-pingshi-depth-2-out-limit-50-edges.csv');
  });
});
