/** Every query of the GraphQL contract, through the real app on the real seed. */
import { describe, expect, it } from 'vitest';
import { app, codes, gql } from './app.ts';

const ENTITY = `id type name nameEn pinyin aliases degree mentions { start end quote context contextStart section { id title path } }`;

describe('entity', () => {
  it('returns a town with its provenance, and the sentence around each mention', async () => {
    const r = await gql(`{ entity(id: "town:pingshi") { ${ENTITY} ... on Town { level } } }`);
    expect(r.errors).toBeUndefined();
    const town = r.data!.entity;
    expect(town).toMatchObject({ id: 'town:pingshi', type: 'TOWN', name: '坪石镇', pinyin: 'píng shí zhèn', level: 'TOWN' });
    expect(town.aliases).toContain('坪石');
    expect(town.degree).toBeGreaterThan(3);
    const pilot = town.mentions.find((m: { context: string }) => m.context.includes('城乡融合发展省级中心镇试点'));
    expect(pilot.quote).toBe('坪石镇');
    expect(pilot.context.slice(pilot.contextStart, pilot.contextStart + 3)).toBe('坪石镇');
    expect(pilot.section.path[0]).toBe('“十三五”发展成就和2020年工作回顾');
  });

  it('returns type-specific fields: a glossary term, a target', async () => {
    const r = await gql(`{
      g: entity(id: "glossary:14") { name ... on GlossaryTerm { number definition definitionEn } }
      t: search(query: "森林覆盖率", types: [TARGET], first: 10) { entity { ... on Target { indicator value unit comparator period kind } } }
    }`);
    expect(r.data!.g).toMatchObject({ name: '“三线一单”', number: 14 });
    expect(r.data!.g.definition).toContain('生态保护红线');
    const targets = r.data!.t.map((h: { entity: unknown }) => h.entity);
    expect(targets).toContainEqual({ indicator: '森林覆盖率', value: 71, unit: '%', comparator: 'EQUAL', period: '2021–2025', kind: 'GOAL' });
    expect(targets).toContainEqual({ indicator: '森林覆盖率', value: 70.64, unit: '%', comparator: 'EQUAL', period: '2016–2020', kind: 'RESULT' });
  });

  it('lists relations by type and direction, each with evidence and both ends', async () => {
    const r = await gql(`{ entity(id: "town:beixiang") {
      inbound: relations(types: [PART_OF], direction: IN) { type source { id name } target { id } evidence { quote } }
      outbound: relations(direction: OUT) { type target { id } }
    } }`);
    const { inbound, outbound } = r.data!.entity;
    expect(inbound).toContainEqual({ type: 'PART_OF', source: { id: 'town:beixiang-huangben', name: expect.stringContaining('黄坌村') }, target: { id: 'town:beixiang' }, evidence: [{ quote: expect.stringContaining('北乡镇黄坌村') }] });
    expect(outbound).toContainEqual({ type: 'LOCATED_IN', target: { id: 'town:lechang' } });
    expect(inbound.every((x: { type: string; target: { id: string } }) => x.type === 'PART_OF' && x.target.id === 'town:beixiang')).toBe(true);
  });

  it('unknown id: null with NOT_FOUND', async () => {
    const r = await gql(`{ entity(id: "town:atlantis") { id } }`);
    expect(r.data!.entity).toBeNull();
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.errors![0]!.message).toContain('town:atlantis');
  });
});

describe('entities', () => {
  it('pages through a type with cursors and a total count', async () => {
    const first = await gql(`{ entities(types: [GLOSSARY_TERM], first: 20) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`);
    const page1 = first.data!.entities;
    expect(page1.totalCount).toBe(31);
    expect(page1.edges).toHaveLength(20);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const next = await gql(`query($after: String) { entities(types: [GLOSSARY_TERM], first: 20, after: $after) { edges { node { id } } pageInfo { hasNextPage hasPreviousPage } } }`, { after: page1.pageInfo.endCursor });
    const page2 = next.data!.entities;
    expect(page2.edges).toHaveLength(11);
    expect(page2.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
    const ids = [...page1.edges, ...page2.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(new Set(ids).size).toBe(31);
  });

  it('rejects a page size out of range and a cursor it did not give out', async () => {
    expect(codes(await gql(`{ entities(first: 501) { totalCount } }`))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(`{ entities(first: 0) { totalCount } }`))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(`{ entities(after: "not-a-cursor") { totalCount } }`))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('search', () => {
  const top = async (query: string, extra = '') => {
    const r = await gql(`query($q: String!) { search(query: $q ${extra}) { score entity { id name type } } }`, { q: query });
    expect(r.errors, query).toBeUndefined();
    return r.data!.search as { score: number; entity: { id: string; name: string; type: string } }[];
  };

  it('finds by Chinese words and substrings', async () => {
    expect((await top('坪石镇'))[0]!.entity.id).toBe('town:pingshi');
    const forest = await gql(`{ search(query: "森林", first: 100) { entity { name aliases description ... on GlossaryTerm { definition } ... on Target { indicator } } } }`);
    const hits = forest.data!.search.map((h: { entity: Record<string, unknown> }) => JSON.stringify(h.entity).replace(/[“”]/g, ''));
    expect(hits.length).toBeGreaterThan(5);
    expect(hits.filter((h: string) => !h.includes('森林'))).toEqual([]);
    const baskets = (await top('菜篮子')).slice(0, 3);
    expect(baskets).toHaveLength(3);
    expect(baskets.every((h) => h.entity.name.includes('菜篮子'))).toBe(true);
    expect((await top('产业园'))[0]!.entity.name).toContain('产业园');
  });

  it('finds by pinyin with or without spaces and tones', async () => {
    for (const q of ['pingshi', 'ping shi', 'píng shí', 'PingShi']) expect((await top(q))[0]!.entity.id, q).toBe('town:pingshi');
    for (const q of ['lechang', 'le chang', 'lè chāng']) expect((await top(q))[0]!.entity.id, q).toBe('town:lechang');
  });

  it('finds by English words in names and descriptions', async () => {
    expect((await top('forest city')).map((h) => h.entity.name)).toContain('国家森林城市');
  });

  it('finds glossary notes by number', async () => {
    expect((await top('[14]'))[0]!.entity.id).toBe('glossary:14');
    expect((await top('14', ', types: [GLOSSARY_TERM]'))[0]!.entity.id).toBe('glossary:14');
  });

  it('filters by type, ranks by score, and limits the hits', async () => {
    // More than three parks and programs mention 坪石, so `first: 3` is what cuts the list.
    expect((await top('坪石', ', types: [PARK, PROGRAM], first: 20')).length).toBeGreaterThan(3);
    const hits = await top('坪石', ', types: [PARK, PROGRAM], first: 3');
    expect(hits).toHaveLength(3);
    expect(hits.every((h) => h.entity.type === 'PARK' || h.entity.type === 'PROGRAM')).toBe(true);
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('treats query syntax as plain text and rejects an empty or huge query', async () => {
    for (const q of ['"', '\\', '*', '~', 'AND OR', 'a:b', '(坪石', '🌲🌲', 'MATCH (n) RETURN n']) {
      const r = await gql(`query($q: String!) { search(query: $q) { entity { id } } }`, { q });
      expect(r.errors, q).toBeUndefined();
    }
    expect(codes(await gql(`{ search(query: "   ") { score } }`))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(`query($q: String!) { search(query: $q) { score } }`, { q: '坪'.repeat(201) }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(`{ search(query: "坪石", first: 1000) { score } }`))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('neighborhood', () => {
  it('depth 1 around a town, both directions by default', async () => {
    const r = await gql(`{ neighborhood(id: "town:beixiang") { truncated nodes { id } relations { type source { id } target { id } } } }`);
    const { nodes, relations, truncated } = r.data!.neighborhood;
    const ids = nodes.map((n: { id: string }) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['town:beixiang', 'town:lechang', 'town:beixiang-huangben']));
    expect(truncated).toBe(false);
    for (const rel of relations) {
      expect(ids).toContain(rel.source.id);
      expect(ids).toContain(rel.target.id);
    }
  });

  it('grows with depth, follows only the asked relation types and directions', async () => {
    const size = async (args: string) => (await gql(`{ neighborhood(id: "town:pingshi", ${args}) { nodes { id } relations { type } } }`)).data!.neighborhood;
    const one = await size('depth: 1');
    const two = await size('depth: 2');
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    const located = await size('depth: 2, relationTypes: [LOCATED_IN]');
    expect(located.relations.length).toBeGreaterThan(0);
    expect(located.relations.every((r: { type: string }) => r.type === 'LOCATED_IN')).toBe(true);
    const out = await size('direction: OUT');
    expect(out.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['town:lechang', 'town:pingshi']);
  });

  it('sets truncated honestly when the limit cuts it short', async () => {
    const r = await gql(`{ neighborhood(id: "town:lechang", depth: 2, limit: 10) { truncated nodes { id } } }`);
    expect(r.data!.neighborhood.nodes).toHaveLength(10);
    expect(r.data!.neighborhood.truncated).toBe(true);
  });

  it('rejects a depth out of 1–3, a bad limit, and an unknown id', async () => {
    expect(codes(await gql(`{ neighborhood(id: "town:pingshi", depth: 4) { truncated } }`))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(`{ neighborhood(id: "town:pingshi", depth: 0) { truncated } }`))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(`{ neighborhood(id: "town:pingshi", limit: 5000) { truncated } }`))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(`{ neighborhood(id: "nope") { truncated } }`))).toEqual(['NOT_FOUND']);
  });
});

describe('shortestPath', () => {
  it('joins two entities hop by hop, with the relation and its evidence at each hop', async () => {
    const r = await gql(`{ shortestPath(from: "town:beixiang-huangben", to: "town:lechang") { length nodes { id } relations { type source { id } target { id } evidence { quote } } } }`);
    const path = r.data!.shortestPath;
    expect(path.length).toBe(2);
    expect(path.nodes.map((n: { id: string }) => n.id)).toEqual(['town:beixiang-huangben', 'town:beixiang', 'town:lechang']);
    expect(path.relations.map((x: { type: string }) => x.type)).toEqual(['PART_OF', 'LOCATED_IN']);
    expect(path.relations.every((x: { evidence: unknown[] }) => x.evidence.length > 0)).toBe(true);
  });

  it('is null when no path is within maxLength or the relation filter', async () => {
    const far = await gql(`{ shortestPath(from: "glossary:3", to: "town:pingshi", maxLength: 1) { length } }`);
    expect(far.errors).toBeUndefined();
    expect(far.data!.shortestPath).toBeNull();
    const filtered = await gql(`{ shortestPath(from: "town:beixiang-huangben", to: "town:lechang", relationTypes: [MENTIONS]) { length } }`);
    expect(filtered.data!.shortestPath).toBeNull();
  });

  it('a path from an entity to itself has length 0; unknown ends are NOT_FOUND', async () => {
    expect((await gql(`{ shortestPath(from: "town:pingshi", to: "town:pingshi") { length nodes { id } } }`)).data!.shortestPath).toEqual({ length: 0, nodes: [{ id: 'town:pingshi' }] });
    const r = await gql(`{ shortestPath(from: "town:pingshi", to: "town:nowhere") { length } }`);
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.errors![0]!.message).toContain('town:nowhere');
    expect(codes(await gql(`{ shortestPath(from: "town:pingshi", to: "town:lechang", maxLength: 11) { length } }`))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('graph and stats', () => {
  it('graph: every node with its type and degree, every relation, in one request', async () => {
    const r = await gql(`{ graph { truncated nodes { id type degree } relations { id type source { id } target { id } } } stats { entityCount relationCount } }`);
    const { graph, stats } = r.data!;
    expect(graph.nodes).toHaveLength(stats.entityCount);
    expect(graph.relations).toHaveLength(stats.relationCount);
    expect(graph.truncated).toBe(false);
  });

  it('graph: positions from the seed’s layout, and relation ends as ids that match the entities', async () => {
    const r = await gql(`{ graph { nodes { id position { x y } } relations { sourceId targetId source { id } target { id } } } }`);
    const { nodes, relations } = r.data!.graph as {
      nodes: { id: string; position: { x: number; y: number } | null }[];
      relations: { sourceId: string; targetId: string; source: { id: string }; target: { id: string } }[];
    };
    expect(nodes.length).toBeGreaterThan(500);
    expect(nodes.every((n) => n.position && Number.isFinite(n.position.x) && Number.isFinite(n.position.y))).toBe(true);
    expect(new Set(nodes.map((n) => `${n.position!.x},${n.position!.y}`)).size).toBe(nodes.length);
    for (const relation of relations) {
      expect(relation.sourceId).toBe(relation.source.id);
      expect(relation.targetId).toBe(relation.target.id);
    }
  });

  it('graph filtered by types keeps only relations inside the part', async () => {
    const r = await gql(`{ graph(types: [TOWN], relationTypes: [PART_OF]) { nodes { type } relations { type source { type } target { type } } } }`);
    const { nodes, relations } = r.data!.graph;
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n: { type: string }) => n.type === 'TOWN')).toBe(true);
    expect(relations.length).toBeGreaterThan(0);
    expect(relations.every((x: { type: string; source: { type: string }; target: { type: string } }) => x.type === 'PART_OF' && x.source.type === 'TOWN' && x.target.type === 'TOWN')).toBe(true);
  });

  it('stats: counts per type that add up, and the most connected entities', async () => {
    const r = await gql(`{ stats(top: 5) { seedVersion entityCount relationCount entitiesByType { type count } relationsByType { type count } mostConnected { id degree } } }`);
    const s = r.data!.stats;
    const sum = (xs: { count: number }[]) => xs.reduce((a, b) => a + b.count, 0);
    expect(sum(s.entitiesByType)).toBe(s.entityCount);
    expect(sum(s.relationsByType)).toBe(s.relationCount);
    expect(s.entitiesByType.find((x: { type: string }) => x.type === 'GLOSSARY_TERM').count).toBe(31);
    expect(s.mostConnected).toHaveLength(5);
    const degrees = s.mostConnected.map((e: { degree: number }) => e.degree);
    expect([...degrees].sort((a, b) => b - a)).toEqual(degrees);
    expect(s.seedVersion).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('sections', () => {
  it('section by id with its parent, path and the entities it mentions', async () => {
    const r = await gql(`{ section(id: "section:plan-1") { id title path parent { id } strategy { id } entities { id } } }`);
    const s = r.data!.section;
    expect(s).toMatchObject({ title: '实施生态环境提升行动，生态文明迈向新台阶', parent: { id: 'section:plan' }, strategy: { id: 'strategy:plan-1' } });
    expect(s.path).toEqual(['“十四五”奋斗目标和主要任务', '实施生态环境提升行动，生态文明迈向新台阶']);
    expect(s.entities.map((e: { id: string }) => e.id)).toContain('target:2021-2025:senlinfugailv-71');
    expect(codes(await gql(`{ section(id: "section:nope") { id } }`))).toEqual(['NOT_FOUND']);
  });

  it('the outline lists every section in reading order', async () => {
    const r = await gql(`{ sections { id title } }`);
    const ids = r.data!.sections.map((s: { id: string }) => s.id);
    expect(ids[0]).toBe('section:preamble');
    expect(ids.indexOf('section:review')).toBeLessThan(ids.indexOf('section:plan'));
    expect(ids.filter((id: string) => id.startsWith('section:glossary-'))).toHaveLength(31);
  });
});

describe('HTTP', () => {
  it('answers /healthz and /readyz with the seed version', async () => {
    expect((await app.fetch('http://test/healthz')).status).toBe(200);
    const ready = await app.fetch('http://test/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, store: 'memory', seedVersion: expect.stringMatching(/^[0-9a-f]{16}$/) });
  });

  it('serves queries over GET, and GraphiQL to a browser', async () => {
    const get = await app.fetch(`http://test/graphql?query=${encodeURIComponent('{ entity(id: "town:pingshi") { name } }')}`, { headers: { accept: 'application/json' } });
    expect(await get.json()).toEqual({ data: { entity: { name: '坪石镇' } } });
    const page = await app.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('GraphiQL');
  });
});
