/**
 * The GraphStore contract on a seed of several reports (tests/fixtures/multi-report-seed.ts: the
 * Lechang seed plus two test reports), run on the memory store and on Neo4j. Every expected value
 * is worked out from the fixture's data with plain loops (or written from the fixture's own
 * text), never from one store's answer.
 *
 * Neo4j: the fixture is written by the real loader as a version beside the one served (staged,
 * not switched to, so the other suites keep reading the project's seed) and read through the
 * store's own per-version reader; the version is deleted afterwards.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quoteOf } from '../../graph-seed/seed-reports.ts';
import type { SeedArtefact } from '../../graph-seed/types.ts';
import { deleteVersion, loadGraph } from '../../scripts/neo4j/load-graph.ts';
import { MemoryStore } from '../../server/store/memory-store.ts';
import { LAYOUT } from '../../server/store/neo4j-schema.ts';
import { Neo4jVersionReader } from '../../server/store/neo4j-store.ts';
import type { EntityRecord, GraphStore } from '../../server/store/types.ts';
import { LECHANG_GDP_GOAL, multiReportSeed, RURAL_REVITALISATION, TEST_TARGET_IDS } from '../fixtures/multi-report-seed.ts';
import { reportFieldsIn } from './seed-expectations.ts';
import { neo4jConfig, neo4jWanted, seed as baseSeed } from './stores.ts';

const fixture: SeedArtefact = multiReportSeed(baseSeed);
const T21 = 'report:test-2021';
const T22 = 'report:test-2022';
const LECHANG = 'report:lechang-2021';
const [gdp21Goal, unemployment21Goal] = TEST_TARGET_IDS['test-2021']!;
const [gdp21Result, unemployment21Result, gdp22Goal, cpi22Goal] = TEST_TARGET_IDS['test-2022']!;

// ---- expectations from the fixture's data, by plain loops ----
const nodes = fixture.graph.nodes.map((n) => ({ id: n.key, ...n.attributes! }));
const edges = fixture.graph.edges.map((e) => ({ id: e.key!, source: e.source, target: e.target, ...e.attributes! }));
const reportOfSection = (sectionId: string) => fixture.sections.find((s) => s.id === sectionId)!.reportId;
const keptEntity = (id: string, chosen: string[]) => reportFieldsIn(fixture, id).reportIds.some((r) => chosen.includes(r));
const keptRelation = (e: (typeof edges)[number], chosen: string[]) =>
  keptEntity(e.source, chosen) && keptEntity(e.target, chosen) && e.evidence.some((m) => chosen.includes(reportOfSection(m.sectionId)));
const sorted = (xs: string[]) => [...xs].sort();
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

function contract(name: string, open: () => Promise<GraphStore>, close: () => Promise<void>) {
  describe(`GraphStore contract with several reports: ${name}`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await open();
    }, 180_000);
    afterAll(close, 120_000);

    it('lists the reports in seed order with their metadata and counts', async () => {
      const reports = await store.reports();
      expect(ids(reports)).toEqual([LECHANG, T21, T22]);
      expect(store.reportIds()).toEqual([LECHANG, T21, T22]);
      for (const [i, report] of reports.entries()) {
        const { text: _t, file: _f, sha256: _s, ...meta } = fixture.reports[i]!;
        const entityCount = nodes.filter((n) => n.mentions.some((m) => reportOfSection(m.sectionId) === meta.id)).length;
        const targetCount = nodes.filter((n) => n.type === 'TARGET' && reportFieldsIn(fixture, n.id).reportId === meta.id).length;
        expect(report).toEqual({ ...meta, entityCount, targetCount });
      }
      expect(reports[1]).toMatchObject({ year: 2021, jurisdiction: { name: '中华人民共和国', level: 'NATIONAL', code: null }, targetCount: 2, sourceKind: 'WEB_TEXT' });
      expect(reports[0]).toMatchObject({ jurisdiction: { name: '乐昌市', level: 'COUNTY', code: '440281' } });
    });

    it('gives every entity the reports it stands in, and targets and strategies their own report', async () => {
      const asked = [RURAL_REVITALISATION, gdp21Goal!, cpi22Goal!, 'indicator:gdp-growth', 'strategy:test-2022:3', LECHANG_GDP_GOAL, 'town:pingshi'];
      const found = await store.entitiesByIds(asked);
      asked.forEach((id, i) => expect(found[i], id).toMatchObject(reportFieldsIn(fixture, id)));
      expect(found[0]!.reportIds).toEqual([LECHANG, T21]);
      expect(found[1]).toMatchObject({ reportId: T21, reportIds: [T21], value: 6, comparator: 'AT_LEAST', kind: 'GOAL', period: '2021' });
      expect(found[2]).toMatchObject({ reportId: T22, comparator: 'BETWEEN', value: 3, valueMax: 3.5 });
      expect(found[3]).toMatchObject({ type: 'INDICATOR', name: '国内生产总值增长', nameEn: 'GDP growth', reportIds: [LECHANG, T21, T22] });
      expect(found[5]).toMatchObject({ reportId: LECHANG });
    });

    it('reads each passage from its own report\'s text', async () => {
      const mentions = [...nodes.find((n) => n.id === 'indicator:gdp-growth')!.mentions, ...nodes.find((n) => n.id === RURAL_REVITALISATION)!.mentions];
      const passages = await store.passages(mentions);
      expect(passages.map((p) => p.quote)).toEqual(mentions.map((m) => quoteOf(fixture, m)));
      // Lechang's own wordings first (地区生产总值…), then the test reports' 国内生产总值增长 in each.
      const national = passages.filter((p, i) => mentions[i]!.sectionId.startsWith('section:test-') && p.quote === '国内生产总值增长');
      expect(national).toHaveLength(3);
      expect(passages.slice(0, passages.indexOf(national[0]!)).every((p) => p.quote.startsWith('地区生产总值'))).toBe(true);
      expect(national[1]!.context).toContain('8.1%');
      const sections = await store.sectionsByIds(['section:test-2022:2', 'section:work-1-2']);
      expect(sections.map((s) => s?.reportId)).toEqual([T22, LECHANG]);
      const all = await store.sections();
      expect(ids(all)).toEqual(ids(fixture.sections));
    });

    it('links results to goals and targets to indicators (MEASURES, RESULT_OF)', async () => {
      const [measures, resultOf, results] = await Promise.all([
        store.relationsOf([gdp21Goal!], { direction: 'OUT', types: ['MEASURES'] }),
        store.relationsOf([gdp21Result!], { direction: 'OUT', types: ['RESULT_OF'] }),
        store.relationsOf([gdp21Goal!], { direction: 'IN', types: ['RESULT_OF'] }),
      ]);
      expect(measures[0]!.map((r) => r.target)).toEqual(['indicator:gdp-growth']);
      expect(resultOf[0]!.map((r) => r.target)).toEqual([gdp21Goal]);
      expect(results[0]!.map((r) => r.source)).toEqual([gdp21Result]);
      expect(resultOf[0]![0]!.evidence.map(reportOfSectionOf)).toEqual([T22, T21]);
    });

    it('targetSeries: ordered by period, then level (NATIONAL first), then report; by id, name, alias or English name', async () => {
      const expected = (indicator: string, kind: string | null, jurisdictionReports: string[] | null) => {
        const level = (reportId: string) => ['NATIONAL', 'PROVINCE', 'PREFECTURE', 'COUNTY'].indexOf(fixture.reports.find((r) => r.id === reportId)!.jurisdiction.level);
        return edges.filter((e) => e.type === 'MEASURES' && e.target === indicator).map((e) => nodes.find((n) => n.id === e.source)!)
          .map((t) => ({ ...t, report: reportFieldsIn(fixture, t.id).reportId! }))
          .filter((t) => (!kind || t.kind === kind) && (!jurisdictionReports || jurisdictionReports.includes(t.report)))
          .sort((a, b) => (a.period! < b.period! ? -1 : a.period! > b.period! ? 1 : level(a.report) - level(b.report) || (a.report < b.report ? -1 : 1)))
          .map((t) => t.id);
      };
      const goals = await store.targetSeries({ indicator: '国内生产总值增长', kind: 'GOAL' });
      expect(goals.kind).toBe('ok');
      const goalIds = goals.kind === 'ok' ? ids(goals.targets) : [];
      expect(goalIds).toEqual(expected('indicator:gdp-growth', 'GOAL', null));
      expect(goalIds.filter((id) => !id.startsWith('target:2021-'))).toEqual([gdp21Goal, LECHANG_GDP_GOAL, gdp22Goal]);
      for (const name of ['indicator:gdp-growth', 'GDP growth', 'gdp GROWTH', '国内生产总值增长', '地区生产总值增长', 'GDP增长', '经济增长']) {
        const all = await store.targetSeries({ indicator: name });
        expect(all.kind === 'ok' && ids(all.targets), name).toEqual(expected('indicator:gdp-growth', null, null));
      }
      for (const other of ['中国', '全国', 'China', "People's Republic of China"]) {
        const byOtherName = await store.targetSeries({ indicator: 'indicator:gdp-growth', jurisdiction: other });
        expect(byOtherName.kind === 'ok' && ids(byOtherName.targets), other).toEqual(expected('indicator:gdp-growth', null, [T21, T22]));
      }
      const national = await store.targetSeries({ indicator: 'indicator:gdp-growth', jurisdiction: '中华人民共和国' });
      expect(national.kind === 'ok' && ids(national.targets)).toEqual(expected('indicator:gdp-growth', null, [T21, T22]));
      expect(national.kind === 'ok' && ids(national.targets)).toEqual([gdp21Goal, gdp21Result, gdp22Goal]);
      for (const lechang of ['乐昌市', '440281', '乐昌', 'Lechang', ' LECHANG ']) {
        const only = await store.targetSeries({ indicator: 'GDP growth', jurisdiction: lechang });
        expect(only.kind === 'ok' && ids(only.targets), lechang).toEqual(expected('indicator:gdp-growth', null, [LECHANG]));
        expect(only.kind === 'ok' && ids(only.targets), lechang).toContain(LECHANG_GDP_GOAL);
      }
      const results = await store.targetSeries({ indicator: 'surveyed urban unemployment rate', kind: 'RESULT' });
      expect(results.kind === 'ok' && ids(results.targets)).toEqual([unemployment21Result]);
      expect(results.kind === 'ok' && results.targets[0]).toMatchObject({ value: 5.1, reportId: T22, reportIds: [T22] });
      void unemployment21Goal;
    });

    it('targetSeries: every name an indicator goes by (its id, name, aliases, English name) asks for that indicator, and a level\'s word for the level', async () => {
      const indicators = nodes.filter((n) => n.type === 'INDICATOR');
      expect(indicators.length).toBeGreaterThan(3);
      for (const indicator of indicators) {
        const want = edges.filter((e) => e.type === 'MEASURES' && e.target === indicator.id).map((e) => e.source).sort();
        for (const name of [indicator.id, indicator.name, ...indicator.aliases, ...(indicator.nameEn ? [indicator.nameEn] : [])]) {
          const series = await store.targetSeries({ indicator: name });
          expect(series.kind === 'ok' && sorted(ids(series.targets)), `${indicator.id} by "${name}"`).toEqual(want);
        }
      }
      // 地区生产总值 is GDP itself, never its growth, though the growth's figures hold the word.
      const level = await store.targetSeries({ indicator: '地区生产总值' });
      expect(level.kind === 'ok' && sorted(ids(level.targets))).toEqual(sorted(edges.filter((e) => e.type === 'MEASURES' && e.target === 'indicator:gdp').map((e) => e.source)));
    });

    it('targetSeries: an unknown indicator or jurisdiction says what there is', async () => {
      const unknown = await store.targetSeries({ indicator: '幸福指数' });
      expect(unknown).toEqual({ kind: 'unknownIndicator', indicators: sorted(nodes.filter((n) => n.type === 'INDICATOR').map((n) => n.id)).map((id) => {
        const n = nodes.find((x) => x.id === id)!;
        return { id, name: n.name, nameEn: n.nameEn };
      }) });
      const nowhere = await store.targetSeries({ indicator: 'GDP growth', jurisdiction: '火星' });
      expect(nowhere.kind).toBe('unknownJurisdiction');
      expect(nowhere.kind === 'unknownJurisdiction' && sorted(nowhere.jurisdictions)).toEqual(sorted([...new Set(fixture.reports.map((r) => r.jurisdiction.name))]));
    });

    it('filters entities, search, graph and neighbourhoods by report', async () => {
      for (const chosen of [[T21], [T22], [T21, T22], [LECHANG]]) {
        const page = await store.listEntities({ first: 500, reports: chosen });
        const want = sorted(nodes.filter((n) => keptEntity(n.id, chosen)).map((n) => n.id));
        expect(ids(page.items), chosen.join()).toEqual(want.slice(0, 500));
        expect(page.totalCount).toBe(want.length);
        const graph = await store.graph({ reports: chosen });
        expect(sorted(ids(graph.nodes)), chosen.join()).toEqual(want);
        expect(sorted(ids(graph.relations)), chosen.join()).toEqual(sorted(edges.filter((e) => keptRelation(e, chosen)).map((e) => e.id)));
      }
      const t21 = await store.listEntities({ first: 100, reports: [T21] });
      expect(ids(t21.items)).toContain(RURAL_REVITALISATION);
      expect(ids(t21.items)).not.toContain('town:pingshi');
      const targets = await store.listEntities({ first: 100, types: ['TARGET'], reports: [T22] });
      expect(ids(targets.items)).toEqual(sorted(TEST_TARGET_IDS['test-2022']!));

      const rural = await store.search({ text: '乡村振兴战略', first: 20, reports: [T21] });
      expect(ids(rural.map((h) => h.entity))).toContain(RURAL_REVITALISATION);
      expect(rural.every((h) => h.entity.reportIds.includes(T21))).toBe(true);
      const none = await store.search({ text: '乡村振兴战略', first: 20, reports: [T22] });
      expect(ids(none.map((h) => h.entity))).not.toContain(RURAL_REVITALISATION);
      const gdp = await store.search({ text: '国内生产总值增长', first: 20, reports: [T22] });
      expect(gdp.length).toBeGreaterThan(0);
      expect(gdp.every((h) => h.entity.reportIds.includes(T22))).toBe(true);

      const around = (await store.neighborhood({ id: RURAL_REVITALISATION, depth: 1, direction: 'BOTH', limit: 200, reports: [T21] }))!;
      const want = edges.filter((e) => (e.source === RURAL_REVITALISATION || e.target === RURAL_REVITALISATION) && keptRelation(e, [T21]));
      expect(sorted(ids(around.nodes))).toEqual(sorted([RURAL_REVITALISATION, ...want.map((e) => (e.source === RURAL_REVITALISATION ? e.target : e.source))]));
      expect(sorted(ids(around.nodes))).toEqual(sorted([RURAL_REVITALISATION, 'strategy:test-2021:3']));
      const unfiltered = (await store.neighborhood({ id: RURAL_REVITALISATION, depth: 1, direction: 'BOTH', limit: 200 }))!;
      expect(unfiltered.nodes.length).toBeGreaterThan(around.nodes.length);
      const deeper = (await store.neighborhood({ id: 'indicator:gdp-growth', depth: 2, direction: 'BOTH', limit: 200, reports: [T22] }))!;
      expect(deeper.nodes.every((n: EntityRecord) => n.reportIds.includes(T22))).toBe(true);
      const reached = new Set(['indicator:gdp-growth']);
      for (let hop = 0; hop < 2; hop++) {
        const before = new Set(reached);
        for (const e of edges.filter((x) => keptRelation(x, [T22]))) {
          if (before.has(e.source)) reached.add(e.target);
          if (before.has(e.target)) reached.add(e.source);
        }
      }
      expect(sorted(ids(deeper.nodes))).toEqual(sorted([...reached]));
      expect(sorted(ids(deeper.nodes))).toEqual(sorted(['indicator:gdp-growth', gdp21Result!, gdp22Goal!, 'strategy:test-2022:2', 'strategy:test-2022:3']));
    });
  });
}

function reportOfSectionOf(m: { sectionId: string }) {
  return reportOfSection(m.sectionId);
}

contract('memory', async () => new MemoryStore(fixture), async () => {});

if (neo4jWanted) {
  let driver: Driver;
  let version: string | null = null;
  contract('neo4j', async () => {
    const config = neo4jConfig();
    driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), { disableLosslessIntegers: true });
    const loaded = await loadGraph(driver, config.database, fixture, { graceMs: 0, switchTo: false });
    version = loaded.version;
    return new Neo4jVersionReader(driver, config.database, 30_000, { id: version!, seedVersion: fixture.version, stamp: '', layout: LAYOUT, switchedAt: '', reportIds: fixture.reports.map((r) => r.id) });
  }, async () => {
    if (driver) {
      if (version) await deleteVersion(driver, neo4jConfig().database, version);
      await driver.close();
    }
  });
} else {
  describe.skip('GraphStore contract with several reports: neo4j (set NEO4J_URI to run)', () => {
    it('needs Neo4j', () => {});
  });
}
