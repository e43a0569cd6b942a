/**
 * `npm run ingest -- ../shared/reports/national` end to end: the ten-report seed it writes, read
 * back and checked against the reports' own text.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadIndicators } from '../../graph-seed/pipeline/indicators.ts';
import { phraseMisreadings } from '../../graph-seed/pinyin-check.ts';
import type { Entity, Mention, Relation, SeedArtefact } from '../../graph-seed/types.ts';
import { NATIONAL, readSeedFile, ROOT, runIngest, type IngestRun } from './run-ingest.ts';

const YEARS = [2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025];
/** The 国内生产总值增长 goal each report sets for its year, as its 主要预期目标 paragraph states it. */
const GDP_GOALS: Record<number, { value: number; valueMax?: number; comparator: string }> = {
  2016: { value: 6.5, valueMax: 7, comparator: 'BETWEEN' },
  2017: { value: 6.5, comparator: 'APPROXIMATELY' },
  2018: { value: 6.5, comparator: 'APPROXIMATELY' },
  2019: { value: 6, valueMax: 6.5, comparator: 'BETWEEN' },
  2021: { value: 6, comparator: 'AT_LEAST' },
  2022: { value: 5.5, comparator: 'APPROXIMATELY' },
  2023: { value: 5, comparator: 'APPROXIMATELY' },
  2024: { value: 5, comparator: 'APPROXIMATELY' },
  2025: { value: 5, comparator: 'APPROXIMATELY' },
};

let dir: string;
let run: IngestRun;
let seed: SeedArtefact;
let entities: Map<string, Entity>;
let relations: Relation[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-national-'));
  run = await runIngest([NATIONAL, '--out', join(dir, 'seed.json')]);
  if (run.code !== 0) throw new Error(`ingest failed (${run.code}): ${run.stderr}`);
  seed = readSeedFile(join(dir, 'seed.json'));
  entities = new Map(seed.graph.nodes.map((n) => [n.key, { id: n.key, ...n.attributes! } as Entity]));
  relations = seed.graph.edges.map((e) => ({ id: e.key!, source: e.source, target: e.target, ...e.attributes! }) as Relation);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const sectionOf = (m: Mention) => seed.sections.find((s) => s.id === m.sectionId)!;
const reportOf = (m: Mention) => seed.reports.find((r) => r.id === sectionOf(m).reportId)!;
const quote = (m: Mention) => reportOf(m).text.slice(m.start, m.end);
const out = (id: string, type: string) => relations.filter((r) => r.source === id && r.type === type);
const indicatorOf = (target: Entity) => out(target.id, 'MEASURES').map((r) => r.target);

describe('ingesting the national folder', () => {
  it('gives Lechang and the nine national reports, with ids, years and jurisdictions from the text and sources.json', () => {
    expect(seed.reports.map((r) => r.id)).toEqual(['report:lechang-2021', ...YEARS.map((y) => `report:cn-${y}`)]);
    const [lechang, ...national] = seed.reports;
    expect(lechang!.jurisdiction).toEqual({ name: '乐昌市', level: 'COUNTY', code: '440281' });
    national.forEach((r, i) => {
      expect(r.year).toBe(YEARS[i]);
      expect(r.jurisdiction).toMatchObject({ name: '中华人民共和国', level: 'NATIONAL' });
      expect(r.title).toBe(`${YEARS[i]}年中华人民共和国国务院政府工作报告`);
      expect(r.source).toMatch(/^https:\/\/zh\.wikisource\.org\//);
      expect(r.file).toBe(`../shared/reports/national/${YEARS[i]}.txt`);
      expect(r.sourceKind).toBe('WEB_TEXT'); // detected: scraped text has a paragraph per block
      expect(r.text).not.toMatch(/\u200B/);
    });
    expect(run.stdout).toMatch(/^reports: 10$/m);
    expect(run.stdout).toMatch(/targets linked to an indicator: \d+ of \d+/);
    expect(run.stdout).toMatch(/results linked to their goals \(RESULT_OF\): [1-9]\d*/);
  });

  it('gives every other report its own sections, strategies and targets, ids carrying its slug', () => {
    for (const r of seed.reports.slice(1)) {
      const slug = r.id.slice('report:'.length);
      const sections = seed.sections.filter((s) => s.reportId === r.id);
      expect(sections.length).toBeGreaterThan(20);
      for (const s of sections) expect(s.id).toMatch(new RegExp(`^section:${slug}:\\d+$`));
      const owned = [...entities.values()].filter((e) => e.reportId === r.id);
      expect(owned.filter((e) => e.type === 'STRATEGY').every((e) => e.id.startsWith(`strategy:${slug}:`))).toBe(true);
      const targets = owned.filter((e) => e.type === 'TARGET');
      expect(targets.length).toBeGreaterThan(10);
      for (const t of targets) {
        expect(t.id.startsWith(`target:${slug}:${t.period!.replace('–', '-')}:`)).toBe(true);
        expect(t.mentions.every((m) => reportOf(m).id === r.id)).toBe(true);
      }
    }
  });

  it('links each national 国内生产总值增长 goal to the indicator of Lechang\'s 2021 地区生产总值增长 goal', () => {
    const lechangGoal = [...entities.values()].find((e) => e.type === 'TARGET' && e.reportId === 'report:lechang-2021'
      && e.kind === 'GOAL' && e.period === '2021' && e.indicator === '地区生产总值增长');
    expect(lechangGoal).toBeDefined();
    const [indicator] = indicatorOf(lechangGoal!);
    expect(indicator).toBe('indicator:gdp-growth');
    expect(entities.get(indicator!)).toMatchObject({ type: 'INDICATOR', name: '国内生产总值增长', nameEn: 'GDP growth' });
    for (const year of YEARS) {
      const goals = [...entities.values()].filter((e) => e.type === 'TARGET' && e.reportId === `report:cn-${year}`
        && e.kind === 'GOAL' && e.period === String(year) && indicatorOf(e).includes(indicator!));
      expect(goals, `cn-${year}`).toHaveLength(1);
      const goal = goals[0]!;
      expect({ value: goal.value, comparator: goal.comparator, ...(goal.valueMax !== undefined ? { valueMax: goal.valueMax } : {}) }, `cn-${year}`).toEqual(GDP_GOALS[year]);
      expect(goal.mentions.some((m) => quote(m).includes(String(GDP_GOALS[year]!.value)))).toBe(true);
      expect(goal.nameEn).toMatch(/^GDP growth: /);
    }
  });

  it('links each national GDP-growth result for year N (in the report of N+1) to the goal for N, where both reports are there', () => {
    const gdp = (kind: string) => [...entities.values()].filter((e) => e.type === 'TARGET' && e.kind === kind && indicatorOf(e).includes('indicator:gdp-growth')
      && e.reportId!.startsWith('report:cn-') && !e.period!.includes('–'));
    const goals = gdp('GOAL');
    let linked = 0;
    for (const result of gdp('RESULT')) {
      const year = Number(result.period);
      const reportYear = Number(result.reportId!.slice('report:cn-'.length));
      if (reportYear !== year + 1 || /年均/.test(result.indicator!)) continue;
      const goal = goals.find((g) => g.reportId === `report:cn-${year}` && g.period === String(year));
      const links = out(result.id, 'RESULT_OF');
      if (!goal) {
        expect(links, `${result.id} has no goal to meet`).toEqual([]);
        continue;
      }
      expect(links.map((l) => l.target), result.id).toEqual([goal.id]);
      // Evidence: the two passages, one in each report.
      expect(new Set(links[0]!.evidence.map((m) => reportOf(m).id))).toEqual(new Set([result.reportId, goal.reportId]));
      linked += 1;
    }
    expect(linked).toBeGreaterThanOrEqual(5);

    // 2022's review of 2021 → the 2021 goal of 6% 以上.
    const review2021 = gdp('RESULT').find((r) => r.reportId === 'report:cn-2022' && r.period === '2021')!;
    expect(review2021.value).toBe(8.1);
    const goal2021 = entities.get(out(review2021.id, 'RESULT_OF')[0]!.target)!;
    expect(goal2021).toMatchObject({ reportId: 'report:cn-2021', period: '2021', kind: 'GOAL', value: 6, comparator: 'AT_LEAST' });
    expect(goal2021.mentions.map(quote)).toContain('国内生产总值增长6%以上');
    // The 2021 report's result for 2020: no 2020 report, so no goal and no link.
    const review2020 = gdp('RESULT').find((r) => r.reportId === 'report:cn-2021' && r.period === '2020')!;
    expect(review2020.value).toBe(2.3);
    expect(out(review2020.id, 'RESULT_OF')).toEqual([]);
  });

  it('links results to goals only for the same jurisdiction, indicator and period, from a later report', () => {
    const resultOf = relations.filter((r) => r.type === 'RESULT_OF');
    expect(resultOf.length).toBeGreaterThan(10);
    const yearOf = (e: Entity) => seed.reports.find((r) => r.id === e.reportId)!;
    for (const link of resultOf) {
      const result = entities.get(link.source)!;
      const goal = entities.get(link.target)!;
      expect([result.kind, goal.kind]).toEqual(['RESULT', 'GOAL']);
      expect(result.period).toBe(goal.period);
      expect(indicatorOf(result)).toEqual(indicatorOf(goal));
      expect(yearOf(result).jurisdiction.name).toBe(yearOf(goal).jurisdiction.name);
      expect(yearOf(result).year).toBeGreaterThan(yearOf(goal).year);
    }
    // A five-year average is a five-year result: 2016's “过去五年……国内生产总值年均增长7.8%” is
    // 2011–2015, and no one-year goal (2015's) is its goal.
    const average = [...entities.values()].find((e) => e.type === 'TARGET' && e.reportId === 'report:cn-2016' && e.indicator === '国内生产总值年均增长' && e.value === 7.8)!;
    expect(average).toMatchObject({ period: '2011–2015', kind: 'RESULT' });
    expect(resultOf.filter((l) => l.source === average.id).map((l) => entities.get(l.target)!.period)).toEqual([]);
  });

  it('makes 乡村振兴战略 one entity, Lechang\'s, with mentions in Lechang and several national reports', () => {
    const named = [...entities.values()].filter((e) => e.name === '乡村振兴战略' || e.aliases.includes('乡村振兴战略'));
    expect(named.map((e) => e.id)).toEqual(['program:rural-revitalization-strategy']);
    const reports = new Set(named[0]!.mentions.map((m) => reportOf(m).id));
    expect(reports.has('report:lechang-2021')).toBe(true);
    expect([...reports].filter((r) => r.startsWith('report:cn-')).length).toBeGreaterThanOrEqual(3);
    for (const m of named[0]!.mentions) expect(quote(m)).toBe('乡村振兴战略');
  });

  it('gives no two named entities the same name', () => {
    const names = new Map<string, string>();
    for (const e of entities.values()) {
      if (!['TOWN', 'PARK', 'PROGRAM', 'ORGANIZATION', 'INDICATOR'].includes(e.type)) continue;
      expect(names.get(e.name), e.name).toBeUndefined();
      names.set(e.name, e.id);
    }
  });

  it('keeps every mention and evidence inside its own section and report text, quoting what it names', () => {
    const catalogueWords = new Map(loadIndicators().map((i) => [i.id, [i.name, ...i.aliases]]));
    for (const e of entities.values()) {
      expect(e.mentions.length, e.id).toBeGreaterThan(0);
      for (const m of e.mentions) {
        const section = sectionOf(m);
        expect(section, `${e.id} ${m.sectionId}`).toBeDefined();
        expect(m.start >= section.start && m.end <= section.end && m.end > m.start, `${e.id} ${m.sectionId} ${m.start}`).toBe(true);
        if (reportOf(m).id === 'report:lechang-2021') continue;
        const q = quote(m);
        if (['TOWN', 'PARK', 'PROGRAM', 'ORGANIZATION', 'STRATEGY'].includes(e.type)) expect([e.name, ...e.aliases], e.id).toContain(q);
        // An indicator is mentioned where the catalogue's words for it stand (居民人均可支配收入 in
        // 居民人均可支配收入实际增长6.1%), which for a change are not its names (…增长).
        if (e.type === 'INDICATOR') expect(catalogueWords.get(e.id)!.some((a) => q.includes(a)), `${e.id}: ${q}`).toBe(true);
      }
      // A target is named by its quote, or, where that is the figure alone (18%) or another target's
      // quote too (能耗、水耗均下降20%以上), by its indicator and the figure as quoted (or in digits: 翻一番 → 2倍).
      if (e.type === 'TARGET' && e.reportId !== 'report:lechang-2021') {
        const quotes = e.mentions.map(quote);
        const figure = e.indicator && e.name.startsWith(e.indicator) ? e.name.slice(e.indicator.length) : '';
        const named = quotes.includes(e.name) || (figure !== '' && (quotes.some((q) => q.includes(figure)) || figure === `${e.value}${e.unit}`));
        expect(named, `${e.id}: ${e.name} (quotes: ${quotes.join(' / ')})`).toBe(true);
      }
      if (e.type === 'TARGET') expect(e.name, e.id).toMatch(/\p{Script=Han}/u);
    }
    // No one label for two measures of a report: 能耗、水耗均下降20%以上 is two names.
    const measuresByName = new Map<string, Set<string>>();
    for (const e of [...entities.values()].filter((x) => x.type === 'TARGET')) {
      const key = `${e.reportId} ${e.name}`;
      measuresByName.set(key, (measuresByName.get(key) ?? new Set()).add(e.indicator!));
    }
    expect([...measuresByName].filter(([, indicators]) => indicators.size > 1).map(([name]) => name)).toEqual([]);
    for (const r of relations) {
      expect(r.evidence.length, r.id).toBeGreaterThan(0);
      for (const m of r.evidence) {
        const section = sectionOf(m);
        expect(m.start >= section.start && m.end <= section.end, r.id).toBe(true);
      }
    }
  });

  it('keeps the Lechang part the curated graph: every entity, name, type and relation, gaining only mentions and links', () => {
    const curated = JSON.parse(readFileSync(join(ROOT, 'graph-seed/seed.json'), 'utf8')) as SeedArtefact;
    expect(seed.reports[0]!.text).toBe(curated.reports[0]!.text);
    expect(seed.sections.filter((s) => s.reportId === 'report:lechang-2021')).toEqual(curated.sections);
    for (const node of curated.graph.nodes) {
      const now = entities.get(node.key);
      expect(now, node.key).toBeDefined();
      const { mentions, x: _x, y: _y, reportId: _cr, ...rest } = node.attributes!;
      const { mentions: nowMentions, x: _nx, y: _ny, reportId: _r, ...nowRest } = now!;
      expect({ id: node.key, ...rest }).toEqual(nowRest);
      expect(nowMentions.slice(0, mentions.length)).toEqual(mentions);
    }
    const edges = new Map(relations.map((r) => [r.id, r]));
    for (const edge of curated.graph.edges) {
      const now = edges.get(edge.key!);
      expect(now, edge.key).toBeDefined();
      expect(now!.type).toBe(edge.attributes!.type);
      for (const m of edge.attributes!.evidence) expect(now!.evidence).toContainEqual(m);
    }
  });

  it('reads every name and alias of the ten reports as pinyin-pro reads each of its words alone (本行, 重提 … across words are fixed)', () => {
    const names = [...entities.values()].flatMap((e) => [e.name, ...e.aliases]);
    expect(names.length).toBeGreaterThan(3000);
    expect(phraseMisreadings(names).map((p) => `${p.name}: ${p.word} read ${p.reading}, alone ${p.phrase}`)).toEqual([]);
  });

  it('says why each entity outside the main graph stands alone: Lechang\'s curated reason, or where the report names it', () => {
    expect(seed.isolated.length).toBeGreaterThan(0);
    expect(seed.isolated.filter((id) => !seed.isolatedReasons[id])).toEqual([]);
    // Named only in the national reports (sections section:cn-…): no curated reason, so the report's own words.
    const national = seed.isolated.filter((id) => entities.get(id)!.mentions.every((m) => m.sectionId.startsWith('section:cn-')));
    expect(national.length).toBeGreaterThan(0);
    for (const id of national) expect(seed.isolatedReasons[id], id).toMatch(new RegExp(`names ${entities.get(id)!.name} (once|\\d+ times)`));
  });

  it('lays the graph out: every entity has a position', () => {
    for (const e of entities.values()) {
      expect(Number.isFinite(e.x) && Number.isFinite(e.y), e.id).toBe(true);
    }
  });
});
