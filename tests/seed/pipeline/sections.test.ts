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

  it('a lead sentence heads its own paragraph; 民族, 国防, 港澳台, 外交 and the closing words stand beside the sections, not in the last of them', () => {
    const innermostTitle = (file: string, year: number, words: string) => {
      const text = normalise(nationalRaw(file), 'WEB_TEXT').text;
      const sections = extractSections(text, year);
      return innermostSection(sections, at(text, words))!.path.join(' › ');
    };
    // 2025: no 各位代表！ between the last lead (提升行政效能和水平) and the 民族 paragraph.
    expect(innermostTitle('2025.txt', 2025, '坚持求真务实')).toMatch(/提升行政效能和水平$/);
    expect(innermostTitle('2025.txt', 2025, '积极参与全球治理体系改革和建设')).toBe('2025年政府工作任务');
    expect(innermostTitle('2025.txt', 2025, '我们要以铸牢中华民族共同体意识为主线')).toBe('2025年政府工作任务');
    // 2021: after 各位代表！ the chapter speaks again (政府自身建设, 民族, 国防, 外交).
    expect(innermostTitle('2021.txt', 2021, '我们要坚持和完善民族区域自治制度')).toBe('2021年重点工作');
    expect(innermostTitle('2021.txt', 2021, '夯实基层社会治理基础')).toMatch(/加强和创新社会治理$/);
    // 2018: leads after the delegates are addressed head topics of the chapter, not of the last section.
    expect(innermostTitle('2018.txt', 2018, '优化政府机构设置和职能配置')).toBe('对2018年政府工作的建议 › 全面提高政府效能');
    // 2023: the passage on the government's own work follows the last section and is the chapter's.
    expect(innermostTitle('2023.txt', 2023, '进一步加强政府自身建设')).toBe('对今年政府工作的建议');
    // 2016: the 十二五 paragraph of the review is the chapter's, not the diplomacy lead's.
    expect(innermostTitle('2016.txt', 2016, '“十二五”时期的辉煌成就')).toBe('2015年工作回顾');
  });

  it('takes a lead of up to 20 characters, quotes included, and not a statement about the year or the country', () => {
    const leads = (file: string, year: number) => {
      const text = normalise(nationalRaw(file), 'WEB_TEXT').text;
      return ofKind(extractSections(text, year), 'LEAD').map((s) => s.title);
    };
    const l2016 = leads('2016.txt', 2016);
    expect(l2016).toContain('发挥有效投资对稳增长调结构的关键作用');
    expect(l2016).toContain('扎实推进“一带一路”建设');
    expect(leads('2025.txt', 2025)).toEqual(expect.arrayContaining(['打好政策“组合拳”', '持续增强粮食等重要农产品稳产保供能力']));
    expect(leads('2019.txt', 2019)).toContain('抓好农业特别是粮食生产');
    for (const [file, year, statement] of [['2017.txt', 2017, '我国是统一的多民族国家'], ['2025.txt', 2025, '今年经济社会发展任务十分繁重'],
      ['2023.txt', 2023, '过去五年极不寻常、极不平凡'], ['2019.txt', 2019, '我们要坚持对台工作大政方针'],
      // The first words after 各位代表！ open a passage of speech, not a topic.
      ['2018.txt', 2018, '中国与世界各国发展紧密相连、命运休戚与共'], ['2016.txt', 2016, '奋斗才能赢得未来']] as const) {
      expect(leads(file, year), statement).not.toContain(statement);
    }
  });

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
