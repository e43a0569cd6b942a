/**
 * buildCorpusSeed on two county reports written for the test in the genre's form (a county of
 * Shaoguan beside Lechang), besides the curated Lechang build: report ids from the congress line,
 * a result of 2021 linked to that county's goal for 2021 and not to Lechang's, shared names
 * merged into Lechang's entities, and duplicates refused.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusSeed, type CorpusReportInput } from '../../graph-seed/corpus.ts';
import { defaultBuildInput } from '../../graph-seed/build-seed.ts';
import { SeedBuildError } from '../../graph-seed/errors.ts';
import { ReportMetaError } from '../../graph-seed/pipeline/errors.ts';
import type { Entity, SeedArtefact } from '../../graph-seed/types.ts';

const REPORT_2021 = [
  '政府工作报告',
  '——2021年1月20日在仁化县第十七届人民代表大会第六次会议上',
  '仁化县县长 张三',
  '各位代表：',
  '现在，我代表县人民政府，向大会报告工作，请予审议。',
  '一、2020年工作回顾',
  '过去一年，全县地区生产总值增长3.1%。我们深入实施乡村振兴战略，主动融入粤港澳大湾区。',
  '二、2021年工作安排',
  '今年经济社会发展的主要预期目标是：地区生产总值增长7%左右，城镇新增就业2000人。',
  '我们将继续实施乡村振兴战略，建设丹霞山生态旅游示范区。',
].join('\n\n');

const REPORT_2022 = [
  '政府工作报告',
  '——2022年1月18日在仁化县第十七届人民代表大会第七次会议上',
  '仁化县县长 张三',
  '各位代表：',
  '现在，我代表县人民政府，向大会报告工作，请予审议。',
  '一、2021年工作回顾',
  '过去一年，全县地区生产总值增长7.5%，城镇新增就业2300人。乡村振兴战略扎实推进。',
  '二、2022年工作安排',
  '今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。',
].join('\n\n');

const input = (raw: string, file: string): CorpusReportInput => ({ raw, sourceKind: 'WEB_TEXT', file });

let seed: SeedArtefact;
let entities: Map<string, Entity>;

beforeAll(() => {
  // Given in reverse order: the seed lists reports by jurisdiction and year whatever the order.
  seed = buildCorpusSeed(defaultBuildInput(), [input(REPORT_2022, 'renhua-2022.txt'), input(REPORT_2021, 'renhua-2021.txt')], { layout: false });
  entities = new Map(seed.graph.nodes.map((n) => [n.key, { id: n.key, ...n.attributes! } as Entity]));
}, 60_000);

const edges = (type: string) => seed.graph.edges.filter((e) => e.attributes!.type === type);
const targetOf = (reportId: string, kind: string, period: string, indicator: string) => [...entities.values()].filter((e) => e.type === 'TARGET'
  && e.reportId === reportId && e.kind === kind && e.period === period && edges('MEASURES').some((m) => m.source === e.id && m.target === indicator));

describe('a corpus of Lechang and two county reports', () => {
  it('reads each report\'s id, year and jurisdiction from its congress line, Lechang first', () => {
    expect(seed.reports.map((r) => [r.id, r.year, r.jurisdiction.name, r.jurisdiction.level])).toEqual([
      ['report:lechang-2021', 2021, '乐昌市', 'COUNTY'],
      ['report:renhua-2021', 2021, '仁化县', 'COUNTY'],
      ['report:renhua-2022', 2022, '仁化县', 'COUNTY'],
    ]);
    expect(seed.reports[1]!.jurisdiction.code).toBe('440224');
  });

  it('links the 2022 report\'s results for 2021 to the 2021 goals of the same county only', () => {
    const [result] = targetOf('report:renhua-2022', 'RESULT', '2021', 'indicator:gdp-growth');
    const [goal] = targetOf('report:renhua-2021', 'GOAL', '2021', 'indicator:gdp-growth');
    expect(result).toMatchObject({ value: 7.5 });
    expect(goal).toMatchObject({ value: 7, comparator: 'APPROXIMATELY' });
    const links = edges('RESULT_OF').filter((e) => e.source === result!.id);
    expect(links.map((e) => e.target)).toEqual([goal!.id]);
    const [jobsResult] = targetOf('report:renhua-2022', 'RESULT', '2021', 'indicator:new-urban-jobs');
    const [jobsGoal] = targetOf('report:renhua-2021', 'GOAL', '2021', 'indicator:new-urban-jobs');
    expect(edges('RESULT_OF').filter((e) => e.source === jobsResult!.id).map((e) => e.target)).toEqual([jobsGoal!.id]);
    // Lechang's 2021 GDP goal measures the same indicator but is another county's.
    const [lechangGoal] = targetOf('report:lechang-2021', 'GOAL', '2021', 'indicator:gdp-growth');
    expect(lechangGoal).toBeDefined();
    expect(edges('RESULT_OF').some((e) => e.target === lechangGoal!.id)).toBe(false);
    // The 2021 report's result for 2020 has no goal in the corpus.
    const [result2020] = targetOf('report:renhua-2021', 'RESULT', '2020', 'indicator:gdp-growth');
    expect(result2020).toMatchObject({ value: 3.1 });
    expect(edges('RESULT_OF').some((e) => e.source === result2020!.id)).toBe(false);
  });

  it('adds the counties\' mentions of shared names to Lechang\'s entities, keeping their ids', () => {
    const rural = entities.get('program:rural-revitalization-strategy')!;
    const sections = new Map(seed.sections.map((s) => [s.id, s]));
    const reports = new Set(rural.mentions.map((m) => sections.get(m.sectionId)!.reportId));
    expect(reports).toEqual(new Set(['report:lechang-2021', 'report:renhua-2021', 'report:renhua-2022']));
    expect([...entities.values()].filter((e) => e.name === '乡村振兴战略')).toHaveLength(1);
  });

  it('gives every section, strategy and target of a county report its slug', () => {
    expect(seed.sections.filter((s) => s.reportId === 'report:renhua-2022').every((s) => /^section:renhua-2022:\d+$/.test(s.id))).toBe(true);
    const strategies = [...entities.values()].filter((e) => e.type === 'STRATEGY' && e.reportId === 'report:renhua-2021');
    expect(strategies.map((s) => s.name)).toEqual(expect.arrayContaining(['2020年工作回顾', '2021年工作安排']));
    expect(strategies.every((s) => s.id.startsWith('strategy:renhua-2021:'))).toBe(true);
  });
});

describe('refusals', () => {
  it('refuses the same report given twice, naming both files', () => {
    expect(() => buildCorpusSeed(defaultBuildInput(), [input(REPORT_2021, 'a.txt'), input(REPORT_2021, 'b.txt')], { layout: false }))
      .toThrow(new SeedBuildError('corpus', 'b.txt is report:renhua-2021, which a.txt already gives; give each report once'));
  });

  it('refuses a report whose year cannot be read, naming the file', () => {
    const error = (() => {
      try {
        buildCorpusSeed(defaultBuildInput(), [input('政府工作报告\n\n各位代表：\n\n今年经济增长6%左右。', 'undated.txt')], { layout: false });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ReportMetaError);
    expect(error).toMatchObject({ file: 'undated.txt', code: 'NO_YEAR' });
  });
});
