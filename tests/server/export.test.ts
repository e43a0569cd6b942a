/** File exports over HTTP: each parses back with a real parser and holds the same graph, with provenance. */
import { parse as parseCsv } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { app, gql } from './app.ts';

const get = async (path: string) => app.fetch(`http://test${path}`);
const ids = (xs: Iterable<string>) => [...xs].sort();

async function expected(filter: string, neighborhood: boolean) {
  const field = neighborhood ? `neighborhood(${filter})` : `graph(${filter})`;
  const r = await gql(`{ sub: ${field} { nodes { id } relations { id source { id } target { id } } } }`);
  return r.data!.sub as { nodes: { id: string }[]; relations: { id: string; source: { id: string }; target: { id: string } }[] };
}

describe('GET /export/…', () => {
  const cases = [
    { query: '?id=town:pingshi&depth=2', filter: 'id: "town:pingshi", depth: 2', neighborhood: true },
    { query: '?types=TOWN,PARK&relationTypes=LOCATED_IN,PART_OF', filter: 'types: [TOWN, PARK], relationTypes: [LOCATED_IN, PART_OF]', neighborhood: false },
    { query: '', filter: '', neighborhood: false },
  ];

  for (const c of cases) {
    it(`every format round-trips the same nodes and edges (${c.query || 'whole graph'})`, async () => {
      const want = await expected(c.filter || 'types: null', c.neighborhood);
      const nodes = ids(want.nodes.map((n) => n.id));
      const edges = ids(want.relations.map((r) => `${r.source.id}|${r.target.id}|${r.id}`));

      const gexf = await get(`/export/graph.gexf${c.query}`);
      expect(gexf.headers.get('content-type')).toContain('application/gexf+xml');
      const fromGexf = parseGexf(MultiDirectedGraph, await gexf.text());
      expect(ids(fromGexf.nodes())).toEqual(nodes);
      expect(ids(fromGexf.mapEdges((e, _a, s, t) => `${s}|${t}|${e}`))).toEqual(edges);

      const graphml = await get(`/export/graph.graphml${c.query}`);
      expect(graphml.headers.get('content-type')).toContain('application/graphml+xml');
      const fromGraphml = parseGraphml(MultiDirectedGraph, await graphml.text());
      expect(ids(fromGraphml.nodes())).toEqual(nodes);
      // GraphML ids are NMTOKENs: the relation's own id travels as the relationId data.
      expect(ids(fromGraphml.mapEdges((_e, a, s, t) => `${s}|${t}|${a.relationId}`))).toEqual(edges);

      const json = await get(`/export/graph.json${c.query}`);
      const fromJson = new MultiDirectedGraph();
      fromJson.import(await json.json());
      expect(ids(fromJson.nodes())).toEqual(nodes);
      expect(ids(fromJson.mapEdges((e, _a, s, t) => `${s}|${t}|${e}`))).toEqual(edges);

      const nodesCsv = parseCsv(await (await get(`/export/nodes.csv${c.query}`)).text(), { columns: true, bom: true }) as Record<string, string>[];
      expect(ids(nodesCsv.map((r) => r.id!))).toEqual(nodes);
      const edgesCsv = parseCsv(await (await get(`/export/edges.csv${c.query}`)).text(), { columns: true, bom: true }) as Record<string, string>[];
      expect(ids(edgesCsv.map((r) => `${r.source}|${r.target}|${r.id}`))).toEqual(edges);
    });
  }

  it('keeps provenance and Chinese text as attributes, and names the file', async () => {
    const response = await get('/export/graph.gexf?id=town:beixiang&depth=1');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="lechang-2021-town-beixiang-depth-1.gexf"');
    const graph = parseGexf(MultiDirectedGraph, await response.text());
    expect(graph.getNodeAttributes('town:beixiang')).toMatchObject({ name: '北乡镇', type: 'TOWN', nameEn: expect.stringContaining('Beixiang') });
    expect(String(graph.getNodeAttribute('town:beixiang', 'quotes'))).toContain('北乡镇');
    const edge = graph.edges().find((e) => e.startsWith('PART_OF:town:beixiang-huangben'))!;
    expect(String(graph.getEdgeAttribute(edge, 'quotes'))).toContain('北乡镇黄坌村');
    expect(String(graph.getEdgeAttribute(edge, 'sections'))).toContain('“十三五”发展成就和2020年工作回顾');
    const csv = parseCsv(await (await get('/export/nodes.csv?types=TARGET')).text(), { columns: true, bom: true }) as Record<string, string>[];
    expect(csv.find((r) => r.id === 'target:2021-2025:senlinfugailv-71')).toMatchObject({ value: '71', unit: '%', period: '2021–2025', kind: 'GOAL', indicator: '森林覆盖率' });
  });

  it('answers a bad parameter with 400 and what is allowed, and an unknown export with 404', async () => {
    for (const [path, message] of [
      ['/export/graph.gexf?types=VILLAGE', 'VILLAGE'], ['/export/graph.gexf?depth=2', 'needs an id'], ['/export/graph.gexf?id=town:pingshi&depth=9', 'from 1 to 3'],
      ['/export/nodes.csv?id=nope', 'nope'], ['/export/edges.csv?colour=red', 'unknown parameter'], ['/export/graph.json?id=town:pingshi&direction=UP', 'direction'],
    ] as const) {
      const response = await get(path);
      expect(response.status, path).toBe(400);
      const body = await response.json();
      expect(body.error, path).toContain(message);
      expect(body.code, path).toBe('BAD_USER_INPUT');
      expect(body.errors[0].extensions.code, path).toBe('BAD_USER_INPUT');
    }
    const unknown = await get('/export/graph.xlsx');
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).code).toBe('NOT_FOUND');
    const put = await app.fetch('http://test/export/graph.json', { method: 'PUT' });
    expect(put.status).toBe(405);
    expect((await put.json()).code).toBe('METHOD_NOT_ALLOWED');
  });
});
