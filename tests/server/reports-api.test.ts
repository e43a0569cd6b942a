/**
 * The API of several reports over HTTP, on the real app serving the three-report fixture
 * (tests/fixtures/multi-report-seed.ts) from the memory store: every new field and argument,
 * each error, the export's `reports=` filter, and the response cache keyed by the new arguments.
 * Expected values come from the fixture's data.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { quoteOf } from '../../graph-seed/seed-reports.ts';
import { loadConfig } from '../../server/config.ts';
import { reportsFileName } from '../../graph-seed/text/file-name.ts';
import { MemoryStore } from '../../server/store/memory-store.ts';
import { jurisdictionOtherKeys } from '../../server/store/reports.ts';
import { createApp } from '../../server/yoga.ts';
import { LECHANG_GDP_GOAL, multiReportSeed, RURAL_REVITALISATION, TEST_TARGET_IDS } from '../fixtures/multi-report-seed.ts';
import { codes, gql, seed as baseSeed } from './app.ts';

const fixture = multiReportSeed(baseSeed);
const app = createApp({ store: new MemoryStore(fixture), config: loadConfig({}), clientDir: null });
const cached = createApp({ store: new MemoryStore(fixture), config: loadConfig({ RESPONSE_CACHE: 'true' }), clientDir: null });
const ask = <T = Record<string, any>>(query: string, variables?: Record<string, unknown>, target = app) => gql<T>(query, variables, target);
const [gdp21Goal] = TEST_TARGET_IDS['test-2021']!;
const [gdp21Result, , gdp22Goal, cpi22Goal] = TEST_TARGET_IDS['test-2022']!;
const sorted = (xs: string[]) => [...xs].sort();
const attributesOf = (id: string) => fixture.graph.nodes.find((n) => n.key === id)!.attributes!;
/** The fixture's targets that measure an indicator, of one kind and report when asked. */
const measuring = (indicator: string, kind?: 'GOAL' | 'RESULT', reportId?: string) => fixture.graph.edges
  .filter((e) => e.attributes!.type === 'MEASURES' && e.target === indicator).map((e) => e.source)
  .filter((id) => (!kind || attributesOf(id).kind === kind) && (!reportId || attributesOf(id).reportId === reportId));
/** A Lechang target the fixture links to no indicator and no result: the default seed has such ones. */
const UNLINKED = fixture.graph.nodes.find((n) => n.attributes!.type === 'TARGET' && n.attributes!.reportId === 'report:lechang-2021'
  && !fixture.graph.edges.some((e) => (e.attributes!.type === 'MEASURES' || e.attributes!.type === 'RESULT_OF') && (e.source === n.key || e.target === n.key)))!.key;

describe('reports over GraphQL', () => {
  it('reports and report(id) give each report\'s metadata and counts', async () => {
    const r = await ask(`{ reports { id title year date jurisdiction { name level code } speaker speakerTitle source sourceKind entityCount targetCount }
      one: report(id: "report:test-2022") { id year targetCount } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.reports.map((x: { id: string }) => x.id)).toEqual(fixture.reports.map((x) => x.id));
    expect(r.data!.reports[0]).toMatchObject({ id: 'report:lechang-2021', year: 2021, date: '2021-02-07', jurisdiction: { name: '乐昌市', level: 'COUNTY', code: '440281' }, speaker: '钟曦', sourceKind: 'PDF_TEXT' });
    expect(r.data!.reports[1]).toMatchObject({ id: 'report:test-2021', jurisdiction: { name: '中华人民共和国', level: 'NATIONAL', code: null }, sourceKind: 'WEB_TEXT', targetCount: 2 });
    expect(r.data!.one).toEqual({ id: 'report:test-2022', year: 2022, targetCount: TEST_TARGET_IDS['test-2022']!.length });
  });

  it('report(id) of an unknown id is NOT_FOUND and lists the known ids', async () => {
    const r = await ask('{ report(id: "report:nowhere-1999") { id } }');
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.errors![0]!.message).toContain('report:lechang-2021, report:test-2021, report:test-2022');
  });

  it('mentions, sections, targets, strategies and entities say their reports', async () => {
    const r = await ask(`query ($rural: ID!, $goal: ID!, $result: ID!, $cpi: ID!) {
      rural: entity(id: $rural) { reports { id } mentions { quote report { id } section { id report { id } } } }
      goal: entity(id: $goal) { ... on Target { report { id } valueMax indicatorEntity { id name nameEn } resultOf { id } results { id value report { id } } } }
      result: entity(id: $result) { ... on Target { resultOf { id value report { id } } results { id } } }
      cpi: entity(id: $cpi) { ... on Target { comparator value valueMax indicatorEntity { id } } }
      strategy: entity(id: "strategy:test-2021:3") { ... on Strategy { report { id } } }
      lechangGoal: entity(id: "${LECHANG_GDP_GOAL}") { ... on Target { report { id } indicatorEntity { id } } }
      unlinked: entity(id: "${UNLINKED}") { ... on Target { indicatorEntity { id } resultOf { id } results { id } valueMax } }
    }`, { rural: RURAL_REVITALISATION, goal: gdp21Goal, result: gdp21Result, cpi: cpi22Goal });
    expect(r.errors).toBeUndefined();
    const d = r.data!;
    expect(d.rural.reports.map((x: { id: string }) => x.id)).toEqual(['report:lechang-2021', 'report:test-2021']);
    const mentions = fixture.graph.nodes.find((n) => n.key === RURAL_REVITALISATION)!.attributes!.mentions;
    expect(d.rural.mentions.map((m: { quote: string }) => m.quote)).toEqual(mentions.map((m) => quoteOf(fixture, m)));
    expect(d.rural.mentions.at(-1)).toMatchObject({ quote: '乡村振兴战略', report: { id: 'report:test-2021' }, section: { id: 'section:test-2021:3', report: { id: 'report:test-2021' } } });
    expect(d.rural.mentions[0].report.id).toBe('report:lechang-2021');
    expect(d.goal).toEqual({ report: { id: 'report:test-2021' }, valueMax: null, indicatorEntity: { id: 'indicator:gdp-growth', name: '国内生产总值增长', nameEn: 'GDP growth' }, resultOf: null, results: [{ id: gdp21Result, value: 8.1, report: { id: 'report:test-2022' } }] });
    expect(d.result).toEqual({ resultOf: { id: gdp21Goal, value: 6, report: { id: 'report:test-2021' } }, results: [] });
    expect(d.cpi).toEqual({ comparator: 'BETWEEN', value: 3, valueMax: 3.5, indicatorEntity: { id: 'indicator:cpi' } });
    expect(d.strategy).toEqual({ report: { id: 'report:test-2021' } });
    expect(d.lechangGoal).toEqual({ report: { id: 'report:lechang-2021' }, indicatorEntity: { id: 'indicator:gdp-growth' } });
    expect(d.unlinked).toEqual({ indicatorEntity: null, resultOf: null, results: [], valueMax: null });
  });

  it('an Indicator has its names and its targets, by kind', async () => {
    const r = await ask(`{ entity(id: "indicator:gdp-growth") { __typename name nameEn aliases ... on Indicator { goals: targets(kind: GOAL) { id } all: targets { id } } } }`);
    expect(r.errors).toBeUndefined();
    const measuring = fixture.graph.edges.filter((e) => e.attributes!.type === 'MEASURES' && e.target === 'indicator:gdp-growth').map((e) => e.source);
    const goals = measuring.filter((id) => fixture.graph.nodes.find((n) => n.key === id)!.attributes!.kind === 'GOAL');
    expect(r.data!.entity.__typename).toBe('Indicator');
    expect(r.data!.entity.aliases).toContain('地区生产总值增长');
    expect(r.data!.entity.aliases).not.toContain('地区生产总值');
    expect(sorted(r.data!.entity.all.map((t: { id: string }) => t.id))).toEqual(sorted(measuring));
    expect(sorted(r.data!.entity.goals.map((t: { id: string }) => t.id))).toEqual(sorted(goals));
  });

  it('targetSeries: each year\'s national goal beside Lechang\'s, with passages, and each result linked to its goal', async () => {
    const r = await ask(`{
      goals: targetSeries(indicator: "国内生产总值增长", kind: GOAL) { id period value comparator report { id jurisdiction { level } } mentions { quote report { id } } results { id } }
      national: targetSeries(indicator: "gdp growth", jurisdiction: "中华人民共和国") { id kind resultOf { id } }
      byCode: targetSeries(indicator: "indicator:gdp-growth", jurisdiction: "440281") { id }
    }`);
    expect(r.errors).toBeUndefined();
    // Ordered by period, national before county in one period: the 2021 goals, Lechang's 2021–2025 one, 2022.
    const lechangGoals = measuring('indicator:gdp-growth', 'GOAL', 'report:lechang-2021');
    expect(lechangGoals).toContain(LECHANG_GDP_GOAL);
    const lechangSpans = lechangGoals.filter((id) => id !== LECHANG_GDP_GOAL).sort((a, b) => (attributesOf(a).period! < attributesOf(b).period! ? -1 : 1));
    expect(lechangSpans.every((id) => attributesOf(id).period! > '2021' && attributesOf(id).period! < '2022')).toBe(true);
    expect(r.data!.goals.map((t: { id: string }) => t.id)).toEqual([gdp21Goal, LECHANG_GDP_GOAL, ...lechangSpans, gdp22Goal]);
    expect(r.data!.goals[0]).toMatchObject({ period: '2021', value: 6, comparator: 'AT_LEAST', report: { id: 'report:test-2021', jurisdiction: { level: 'NATIONAL' } }, mentions: [{ quote: '国内生产总值增长6%以上', report: { id: 'report:test-2021' } }], results: [{ id: gdp21Result }] });
    expect(r.data!.goals[1]).toMatchObject({ period: '2021', value: 7, report: { id: 'report:lechang-2021', jurisdiction: { level: 'COUNTY' } }, mentions: [{ quote: '地区生产总值增长7%以上' }] });
    expect(r.data!.national).toEqual([{ id: gdp21Goal, kind: 'GOAL', resultOf: null }, { id: gdp21Result, kind: 'RESULT', resultOf: { id: gdp21Goal } }, { id: gdp22Goal, kind: 'GOAL', resultOf: null }]);
    expect(sorted(r.data!.byCode.map((t: { id: string }) => t.id))).toEqual(sorted(measuring('indicator:gdp-growth', undefined, 'report:lechang-2021')));
    expect(r.data!.byCode.map((t: { id: string }) => t.id)).toContain(LECHANG_GDP_GOAL);
  });

  it('targetSeries: a jurisdiction by its other names, and a short name two jurisdictions share is refused naming both', async () => {
    const other = (name: string, level = 'COUNTY') => jurisdictionOtherKeys({ jurisdiction: { name, level, code: null } } as never);
    expect(other('乐昌市')).toEqual(['乐昌', 'lechang']);
    expect(other('广西壮族自治区', 'PROVINCE')).toEqual(['广西', 'guangxi']);
    expect(other('浦东新区')).toEqual(['浦东', 'pudong']);
    expect(other('中华人民共和国', 'NATIONAL')).toEqual(expect.arrayContaining(['中国', '全国', 'china']));
    expect(other('X县')).toEqual([]);
    const byShort = await ask('{ short: targetSeries(indicator: "GDP growth", jurisdiction: "乐昌") { id } full: targetSeries(indicator: "GDP growth", jurisdiction: "乐昌市") { id } }');
    expect(byShort.errors).toBeUndefined();
    expect(byShort.data!.short).toEqual(byShort.data!.full);
    expect(byShort.data!.short.length).toBeGreaterThan(0);
    // A second county whose short name is also 乐昌: the short name is ambiguous, the full names are not.
    const twoLechangs = { ...fixture, reports: fixture.reports.map((r) => (r.id === 'report:test-2022' ? { ...r, jurisdiction: { name: '乐昌县', level: 'COUNTY' as const, code: null } } : r)) };
    const twoApp = createApp({ store: new MemoryStore(twoLechangs), config: loadConfig({}), clientDir: null });
    const ambiguous = await ask('{ targetSeries(indicator: "GDP growth", jurisdiction: "乐昌") { id } }', undefined, twoApp);
    expect(codes(ambiguous)).toEqual(['BAD_USER_INPUT']);
    expect(ambiguous.errors![0]!.message).toMatch(/"乐昌" fits 2 jurisdictions: 乐昌市, 乐昌县; give the full name or the GB\/T 2260 code/);
    const county = await ask('{ targetSeries(indicator: "GDP growth", jurisdiction: "乐昌县") { id } }', undefined, twoApp);
    expect(sorted(county.data!.targetSeries.map((t: { id: string }) => t.id))).toEqual(sorted(measuring("indicator:gdp-growth", undefined, "report:test-2022")));
  });

  it('targetSeries: an unknown indicator or jurisdiction, or an empty one, is a coded error saying what is allowed', async () => {
    const unknown = await ask('{ targetSeries(indicator: "幸福指数") { id } }');
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
    expect(unknown.errors![0]!.message).toMatch(/幸福指数.*known indicators: indicator:cpi \(居民消费价格涨幅 \/ Consumer price inflation \(CPI\)\), indicator:/);
    // Every indicator the graph holds is listed, in id order.
    const held = fixture.graph.nodes.filter((n) => n.attributes!.type === 'INDICATOR').map((n) => n.key).sort();
    expect(held.length).toBeGreaterThan(3);
    const at = held.map((id) => unknown.errors![0]!.message.indexOf(`${id} (`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    const nowhere = await ask('{ targetSeries(indicator: "GDP growth", jurisdiction: "火星") { id } }');
    expect(codes(nowhere)).toEqual(['NOT_FOUND']);
    expect(nowhere.errors![0]!.message).toContain('known jurisdictions: 乐昌市, 中华人民共和国');
    const empty = await ask('{ targetSeries(indicator: "  ") { id } }');
    expect(codes(empty)).toEqual(['BAD_USER_INPUT']);
    const badKind = await ask('{ targetSeries(indicator: "GDP growth", kind: PLAN) { id } }');
    expect(badKind.status).toBe(400);
    expect(badKind.errors![0]!.message).toMatch(/PLAN/);
  });

  it('the reports filter on search, entities, graph and neighborhood, and its error', async () => {
    const r = await ask(`query ($only: [ID!]) {
      search(query: "乡村振兴战略", reports: $only) { entity { id } }
      entities(first: 500, reports: $only) { totalCount edges { node { id } } }
      graph(reports: $only) { nodes { id } relations { id } }
      neighborhood(id: "${RURAL_REVITALISATION}", reports: $only) { nodes { id } relations { id } }
      all: entities(first: 1) { totalCount }
    }`, { only: ['report:test-2021'] });
    expect(r.errors).toBeUndefined();
    const kept = fixture.graph.nodes.filter((n) => n.attributes!.mentions.some((m) => fixture.sections.find((s) => s.id === m.sectionId)!.reportId === 'report:test-2021')).map((n) => n.key);
    expect(r.data!.search.map((h: { entity: { id: string } }) => h.entity.id)).toContain(RURAL_REVITALISATION);
    expect(r.data!.search.every((h: { entity: { id: string } }) => kept.includes(h.entity.id))).toBe(true);
    expect(r.data!.entities.totalCount).toBe(kept.length);
    expect(r.data!.all.totalCount).toBe(fixture.graph.nodes.length);
    expect(sorted(r.data!.graph.nodes.map((n: { id: string }) => n.id))).toEqual(sorted(kept));
    expect(r.data!.graph.relations.length).toBeGreaterThan(0);
    expect(sorted(r.data!.neighborhood.nodes.map((n: { id: string }) => n.id))).toEqual(sorted([RURAL_REVITALISATION, 'strategy:test-2021:3']));
    for (const field of ['search(query: "乡村", reports: $r) { score }', 'entities(reports: $r) { totalCount }', 'graph(reports: $r) { truncated }', `neighborhood(id: "${RURAL_REVITALISATION}", reports: $r) { truncated }`]) {
      const bad = await ask(`query ($r: [ID!]) { ${field} }`, { r: ['report:test-2021', 'report:nope'] });
      expect(codes(bad), field).toEqual(['BAD_USER_INPUT']);
      expect(bad.errors![0]!.message, field).toBe('reports: no report "report:nope"; known reports: report:lechang-2021, report:test-2021, report:test-2022');
    }
  });

  it('the response cache keeps answers of different reports filters apart', async () => {
    const query = 'query ($r: [ID!]) { entities(first: 1, reports: $r) { totalCount } }';
    const a1 = await ask(query, { r: ['report:test-2021'] }, cached);
    const b = await ask(query, { r: ['report:test-2022'] }, cached);
    const a2 = await ask(query, { r: ['report:test-2021'] }, cached);
    const series1 = await ask('{ targetSeries(indicator: "GDP growth", kind: GOAL) { id } }', undefined, cached);
    const series2 = await ask('{ targetSeries(indicator: "GDP growth", kind: RESULT) { id } }', undefined, cached);
    expect(a1.data!.entities.totalCount).not.toBe(b.data!.entities.totalCount);
    expect(a2.data).toEqual(a1.data);
    expect(series1.data!.targetSeries.length).toBe(measuring('indicator:gdp-growth', 'GOAL').length);
    expect(sorted(series2.data!.targetSeries.map((t: { id: string }) => t.id))).toEqual(sorted(measuring('indicator:gdp-growth', 'RESULT')));
    expect(series2.data!.targetSeries).toContainEqual({ id: gdp21Result });
  });
});

describe('exports with reports=', () => {
  const get = (path: string) => app.fetch(`http://test${path}`);

  it('keeps what the chosen reports support, and the file name says so', async () => {
    const response = await get('/export/nodes.csv?reports=report:test-2021,report:test-2022');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="reports-2-test-2021+test-2022-graph-nodes.csv"');
    const rows = parseCsv(await response.text(), { columns: true }) as { id: string; quotes: string }[];
    const want = await gql('{ graph(reports: ["report:test-2021", "report:test-2022"]) { nodes { id } } }', undefined, app);
    expect(sorted(rows.map((r) => r.id))).toEqual(sorted(want.data!.graph.nodes.map((n: { id: string }) => n.id)));
    // Quotes come from each mention's own report: the GDP growth indicator quotes both wordings.
    expect(rows.find((r) => r.id === 'indicator:gdp-growth')!.quotes).toContain('国内生产总值增长');
    expect(rows.find((r) => r.id === gdp21Goal)!.quotes).toBe('国内生产总值增长6%以上');
    const around = await get(`/export/graph.json?id=${RURAL_REVITALISATION}&reports=report:test-2021`);
    expect(around.headers.get('content-disposition')).toBe(`attachment; filename="test-2021-${RURAL_REVITALISATION.replace(':', '-')}-depth-1.json"`);
    const graph = (await around.json()) as { nodes: { key: string }[] };
    expect(sorted(graph.nodes.map((n) => n.key))).toEqual(sorted([RURAL_REVITALISATION, 'strategy:test-2021:3']));
  });

  it('file names begin with the reports in view, not with the default report: all the seed serves when no reports= is given', async () => {
    const disposition = async (path: string) => (await get(path)).headers.get('content-disposition');
    // The fixture serves three reports: they are counted and named, whatever the request.
    expect(await disposition('/export/graph.gexf')).toBe('attachment; filename="reports-3-lechang-2021+test-2021+test-2022-graph.gexf"');
    expect(await disposition('/export/edges.csv?ids=town:pingshi,town:beixiang')).toBe('attachment; filename="reports-3-lechang-2021+test-2021+test-2022-selection-2-entities-edges.csv"');
    // One report chosen is that report's slug; the order of the ids does not change the name.
    expect(await disposition('/export/graph.json?reports=report:test-2022')).toBe('attachment; filename="test-2022-graph.json"');
    expect(await disposition('/export/graph.json?reports=report:test-2022,report:lechang-2021'))
      .toBe(await disposition('/export/graph.json?reports=report:lechang-2021,report:test-2022'));
  });

  it('a seed of many reports is counted in the file name, not listed', () => {
    const ten = ['report:lechang-2021', ...[2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025].map((y) => `report:cn-${y}`)];
    expect(reportsFileName(ten)).toBe('reports-10');
    expect(reportsFileName(['report:cn-2021'])).toBe('cn-2021');
    expect(reportsFileName(['report:cn-2022', 'report:cn-2021', 'report:cn-2021'])).toBe('reports-2-cn-2021+cn-2022');
    expect(reportsFileName([])).toBe('graph');
  });

  it('an unknown report or reports with ids is a coded 400', async () => {
    const unknown = await get('/export/graph.gexf?reports=report:nope');
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ code: 'BAD_USER_INPUT', error: 'reports: no report "report:nope"; known reports: report:lechang-2021, report:test-2021, report:test-2022' });
    const withIds = await get('/export/graph.gexf?ids=town:pingshi&reports=report:test-2021');
    expect(withIds.status).toBe(400);
    expect((await withIds.json() as { error: string }).error).toContain('cannot be combined with reports');
  });
});
