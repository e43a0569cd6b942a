import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadCuration } from '../../../graph-seed/curation.ts';
import { SEED_PATHS } from '../../../graph-seed/paths.ts';
import type { SeedArtefact } from '../../../graph-seed/types.ts';
import { normalise } from '../../../graph-seed/pipeline/normalise.ts';
import { extractSections } from '../../../graph-seed/pipeline/sections.ts';
import { extractTargets } from '../../../graph-seed/pipeline/targets.ts';
import type { ExtractedTarget } from '../../../graph-seed/pipeline/types.ts';
import { nationalRaw } from './inputs.ts';

function targetsOf(file: string, year: number): { text: string; targets: ExtractedTarget[] } {
  const text = normalise(nationalRaw(file), 'WEB_TEXT').text;
  return { text, targets: extractTargets(text, extractSections(text, year), year) };
}
const summary = (t: ExtractedTarget) => [t.kind, t.period, t.indicator, t.value, t.valueMax, t.unit, t.comparator];

describe('the Lechang build runs these rules', () => {
  // Every target the rules find where the curation changes nothing is in the curated seed as found:
  // same indicator, value, unit, period and kind, quoted at the same place of the seed's text.
  it('a rule target no curated record corrects is a seed TARGET with the same fields and quote', () => {
    const seed = JSON.parse(readFileSync(SEED_PATHS.seed, 'utf8')) as SeedArtefact;
    const curation = loadCuration(SEED_PATHS.curation, seed.text);
    const changes = curation.targetCorrections.filter((c) => c.action === 'exclude'
      || (c.action === 'override' && [c.indicator, c.value, c.unit, c.comparator, c.period, c.kind].some((f) => f !== undefined)));
    const seedTargets = new Set(seed.graph.nodes.filter((n) => n.attributes!.type === 'TARGET').flatMap((n) => {
      const a = n.attributes!;
      return a.mentions.map((m) => [a.indicator, a.value, a.unit, a.comparator, a.period, a.kind, m.start, m.end].join('|'));
    }));
    const found = extractTargets(seed.text, extractSections(seed.text, 2021), 2021)
      .filter((t) => !changes.some((c) => c.at.start <= t.numberStart && t.numberEnd <= c.at.end));
    expect(found.length).toBeGreaterThan(200);
    const missing = found.filter((t) => !seedTargets.has([t.indicator, t.value, t.unit, t.comparator, t.period, t.kind, t.start, t.end].join('|')));
    expect(missing.map((t) => seed.text.slice(t.start, t.end))).toEqual([]);
  });
});

describe('extractTargets on national reports', () => {
  it('2021: the main goals for 2021, with their bounds', () => {
    const { targets } = targetsOf('2021.txt', 2021);
    const goals = targets.filter((t) => t.kind === 'GOAL' && t.period === '2021').map(summary);
    expect(goals).toEqual(expect.arrayContaining([
      ['GOAL', '2021', '国内生产总值增长', 6, null, '%', 'AT_LEAST'],
      ['GOAL', '2021', '城镇新增就业', 1100, null, '万人', 'AT_LEAST'],
      ['GOAL', '2021', '城镇调查失业率', 5.5, null, '%', 'APPROXIMATELY'],
      ['GOAL', '2021', '居民消费价格涨幅', 3, null, '%', 'APPROXIMATELY'],
      ['GOAL', '2021', '粮食产量保持在', 1.3, null, '万亿斤', 'AT_LEAST'],
    ]));
  });

  it('2021: results of 2020 and of the 十三五, goals of the 十四五; a baseline (从不到70万亿元) is no target', () => {
    const { targets } = targetsOf('2021.txt', 2021);
    expect(targets.map(summary)).toEqual(expect.arrayContaining([
      ['RESULT', '2020', '国内生产总值增长', 2.3, null, '%', 'EQUAL'],
      ['RESULT', '2016–2020', '国内生产总值', 100, null, '万亿元', 'MORE_THAN'],
      ['GOAL', '2021–2025', '森林覆盖率', 24.1, null, '%', 'EQUAL'],
    ]));
    expect(targets.some((t) => t.value === 70 && t.unit === '万亿元')).toBe(false);
    expect(targets.find((t) => t.value === 600 && t.unit === '万人')).toMatchObject({ indicator: '新纳入低保、特困供养', comparator: 'APPROXIMATELY' });
  });

  it('reads a range as BETWEEN with its upper value (2016: 6.5%－7%; 2019: 6%－6.5%)', () => {
    expect(targetsOf('2016.txt', 2016).targets.find((t) => t.indicator === '国内生产总值增长' && t.kind === 'GOAL')).toMatchObject({
      value: 6.5, valueMax: 7, comparator: 'BETWEEN', period: '2016', unit: '%',
    });
    expect(targetsOf('2019.txt', 2019).targets.find((t) => t.indicator === '国内生产总值增长' && t.kind === 'GOAL')).toMatchObject({
      value: 6, valueMax: 6.5, comparator: 'BETWEEN', period: '2019',
    });
  });

  it('quotes spans of the text that hold the number', () => {
    const { text, targets } = targetsOf('2024.txt', 2024);
    expect(targets.length).toBeGreaterThan(20);
    for (const t of targets) {
      expect(text.slice(t.numberStart, t.numberEnd)).toContain(String(t.value));
      expect(t.start <= t.numberStart && t.numberEnd <= t.end).toBe(true);
    }
  });
});

describe('extractTargets on a small report', () => {
  const text = [
    '政府工作报告', '各位代表：', '一、2021年工作回顾', '全年地区生产总值增长3.5%，新增高新技术企业12家、专精特新企业5家。',
    '二、2022年工作安排', '地区生产总值增长6%左右，城镇登记失业率控制在3.5%以内。', '“6个100%”抑尘措施全面落实。', '',
  ].join('\n');
  const targets = extractTargets(text, extractSections(text, 2022), 2022);

  it('times results and goals by their chapters, completes list items, and skips quoted names', () => {
    expect(targets.map(summary)).toEqual([
      ['RESULT', '2021', '地区生产总值增长', 3.5, null, '%', 'EQUAL'],
      ['RESULT', '2021', '新增高新技术企业', 12, null, '家', 'EQUAL'],
      ['RESULT', '2021', '新增专精特新企业', 5, null, '家', 'EQUAL'],
      ['GOAL', '2022', '地区生产总值增长', 6, null, '%', 'APPROXIMATELY'],
      ['GOAL', '2022', '城镇登记失业率', 3.5, null, '%', 'AT_MOST'],
    ]);
  });
});
