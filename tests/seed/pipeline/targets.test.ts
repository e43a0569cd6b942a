import { describe, expect, it } from 'vitest';
import { normaliseReport } from '../../../graph-seed/normalise.ts';
import { extractSections as extractLechangSections, sectionAt } from '../../../graph-seed/sections.ts';
import { extractQuantities } from '../../../graph-seed/targets.ts';
import { normalise } from '../../../graph-seed/pipeline/normalise.ts';
import { extractSections } from '../../../graph-seed/pipeline/sections.ts';
import { extractTargets } from '../../../graph-seed/pipeline/targets.ts';
import type { ExtractedTarget } from '../../../graph-seed/pipeline/types.ts';
import { lechangRaw, nationalRaw } from './inputs.ts';

function targetsOf(file: string, year: number): { text: string; targets: ExtractedTarget[] } {
  const text = normalise(nationalRaw(file), 'WEB_TEXT').text;
  return { text, targets: extractTargets(text, extractSections(text, year), year) };
}
const summary = (t: ExtractedTarget) => [t.kind, t.period, t.indicator, t.value, t.valueMax, t.unit, t.comparator];

describe('extractTargets on Lechang: the existing rules, timed by the generic sections', () => {
  it('finds what graph-seed/targets.ts finds with Lechang\'s own section ids: same indicator, value, unit, period and kind', () => {
    const lechangText = normaliseReport(lechangRaw);
    const { sections } = extractLechangSections(lechangText);
    const existing = extractQuantities(lechangText, sections, (s, e) => sectionAt(sections, s, e))
      .map((q) => `${q.kind} ${q.period} ${q.indicator} ${q.value}${q.unit}`).sort();
    const text = normalise(lechangRaw, 'PDF_TEXT').text;
    const generic = extractTargets(text, extractSections(text, 2021), 2021)
      .map((t) => `${t.kind} ${t.period} ${t.indicator} ${t.value}${t.unit}`).sort();
    expect(existing.length).toBeGreaterThan(200);
    expect(generic).toEqual(existing);
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
