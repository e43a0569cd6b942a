import { describe, expect, it } from 'vitest';
import { normalise } from '../../../graph-seed/pipeline/normalise.ts';
import { extractSections, innermostSection, timingAt } from '../../../graph-seed/pipeline/sections.ts';
import type { ReportSection } from '../../../graph-seed/pipeline/types.ts';
import { lechangRaw, nationalRaw, nationalSources } from './inputs.ts';

const lechang = normalise(lechangRaw, 'PDF_TEXT').text;
const lechangSections = extractSections(lechang, 2021);
const ofKind = (sections: ReportSection[], kind: ReportSection['kind']) => sections.filter((s) => s.kind === kind);
const at = (text: string, words: string) => {
  const index = text.indexOf(words);
  expect(index, words).toBeGreaterThanOrEqual(0);
  return index;
};

describe('extractSections on Lechang (unnumbered parts, 一、 chapters, lead sentences, glossary)', () => {
  it('finds the three parts with what each reports on', () => {
    expect(ofKind(lechangSections, 'PART').map((s) => [s.title, s.timing])).toEqual([
      ['“十三五”发展成就和2020年工作回顾', { period: '2016–2020', kind: 'RESULT' }],
      ['“十四五”奋斗目标和主要任务', { period: '2021–2025', kind: 'GOAL' }],
      ['2021年工作安排', { period: '2021', kind: 'GOAL' }],
    ]);
  });

  it('nests the seven 提升行动 chapters under the five-year plan part, and the 31 glossary notes under 名词解释', () => {
    const plan = ofKind(lechangSections, 'PART')[1]!;
    const chapters = lechangSections.filter((s) => s.parentId === plan.id);
    expect(chapters.map((s) => s.kind)).toEqual(Array(7).fill('CHAPTER'));
    expect(chapters[0]!.title).toBe('实施生态环境提升行动，生态文明迈向新台阶');
    const glossary = ofKind(lechangSections, 'GLOSSARY');
    expect(glossary).toHaveLength(1);
    expect(lechangSections.filter((s) => s.parentId === glossary[0]!.id && s.kind === 'GLOSSARY_ENTRY')).toHaveLength(31);
    expect(ofKind(lechangSections, 'LEAD').map((s) => s.title)).toContain('推进生态建设');
  });

  it('switches between the five years and 2020 where the review says so', () => {
    expect(timingAt(lechang, lechangSections, 2021, at(lechang, '——五年来，我们坚持转型发展'))).toEqual({ period: '2016–2020', kind: 'RESULT' });
    expect(timingAt(lechang, lechangSections, 2021, at(lechang, '2020年是极不平凡的一年'))).toEqual({ period: '2020', kind: 'RESULT' });
    expect(timingAt(lechang, lechangSections, 2021, at(lechang, '森林覆盖率达71%'))).toEqual({ period: '2021–2025', kind: 'GOAL' });
    expect(timingAt(lechang, lechangSections, 2021, 0)).toBeNull();
    expect(timingAt(lechang, lechangSections, 2021, lechang.lastIndexOf('[12]'))).toBeNull();
  });

  it('covers the whole text, with sections inside their parents', () => {
    for (let offset = 0; offset < lechang.length; offset += 97) expect(innermostSection(lechangSections, offset), String(offset)).toBeDefined();
    const byId = new Map(lechangSections.map((s) => [s.id, s]));
    for (const s of lechangSections) {
      const parent = s.parentId ? byId.get(s.parentId)! : null;
      if (parent) expect(parent.start <= s.start && s.end <= parent.end, s.id).toBe(true);
      expect(lechang.slice(s.headingStart, s.headingEnd)).toBe(s.title.slice(0, s.headingEnd - s.headingStart));
    }
  });
});

describe('extractSections on the nine national reports (一、 （一） 一是 ——, 主要预期目标)', () => {
  for (const { file, year } of nationalSources) {
    it(`${file}: a review of ${year - 1}, goals for ${year}, and the 主要预期目标 paragraph`, () => {
      const text = normalise(nationalRaw(file), 'WEB_TEXT').text;
      const sections = extractSections(text, year);
      const chapters = ofKind(sections, 'CHAPTER');
      expect(chapters.length).toBeGreaterThanOrEqual(2);
      expect(chapters[0]!.timing?.kind).toBe('RESULT');
      expect(chapters[0]!.timing?.period).toMatch(new RegExp(`${year - 1}$`));
      expect(chapters.some((c) => c.timing?.kind === 'GOAL' && c.timing.period === String(year))).toBe(true);
      const main = ofKind(sections, 'MAIN_TARGETS');
      expect(main).toHaveLength(1);
      expect(main[0]!.timing).toEqual({ period: String(year), kind: 'GOAL' });
      expect(text.slice(main[0]!.start, main[0]!.end)).toMatch(/国内生产总值增长/);
      expect(ofKind(sections, 'SECTION').length).toBeGreaterThanOrEqual(6);
    });
  }

  it('2021: the 十三五 results and the 十四五 goals of one chapter are told apart', () => {
    const text = normalise(nationalRaw('2021.txt'), 'WEB_TEXT').text;
    const sections = extractSections(text, 2021);
    expect(timingAt(text, sections, 2021, at(text, '过去五年，我国经济社会发展取得新的历史性成就'))).toEqual({ period: '2016–2020', kind: 'RESULT' });
    expect(timingAt(text, sections, 2021, at(text, '——坚持创新驱动发展'))).toEqual({ period: '2021–2025', kind: 'GOAL' });
  });
});

describe('extractSections on a small report', () => {
  const text = [
    '政府工作报告', '各位代表：',
    '一、过去一年工作回顾', '一是经济平稳运行。地区生产总值增长5%。', '二是民生持续改善。',
    '二、今年工作安排', '今年主要预期目标是：地区生产总值增长6%左右。',
    '（一）加快产业发展。', '1.做强工业。新建项目10个。', '2.发展服务业。', '（二）加强生态建设。',
    '名词解释', '[1]“一核一带一区”：指珠三角核心区、沿海经济带、北部生态发展区。', '',
  ].join('\n');
  const sections = extractSections(text, 2022);

  it('builds the tree of every heading level', () => {
    expect(sections.map((s) => [s.kind, s.path.join(' › ')])).toEqual([
      ['PREAMBLE', '政府工作报告'],
      ['CHAPTER', '过去一年工作回顾'],
      ['ITEM', '过去一年工作回顾 › 经济平稳运行'],
      ['ITEM', '过去一年工作回顾 › 民生持续改善'],
      ['CHAPTER', '今年工作安排'],
      ['MAIN_TARGETS', '今年工作安排 › 主要预期目标'],
      ['SECTION', '今年工作安排 › 加快产业发展'],
      ['ITEM', '今年工作安排 › 加快产业发展 › 做强工业'],
      ['ITEM', '今年工作安排 › 加快产业发展 › 发展服务业'],
      ['SECTION', '今年工作安排 › 加强生态建设'],
      ['GLOSSARY', '名词解释'],
      ['GLOSSARY_ENTRY', '名词解释 › “一核一带一区”'],
    ]);
  });

  it('reads 过去一年 and 今年 against the report year', () => {
    expect(sections.find((s) => s.title === '过去一年工作回顾')!.timing).toEqual({ period: '2021', kind: 'RESULT' });
    expect(sections.find((s) => s.title === '做强工业')!.timing).toEqual({ period: '2022', kind: 'GOAL' });
  });
});
