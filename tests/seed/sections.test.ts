import { describe, expect, it } from 'vitest';
import { normaliseReport } from '../../graph-seed/normalise.ts';
import { extractSections, sectionAt } from '../../graph-seed/sections.ts';
import { rawReport } from './fixtures.ts';

const text = normaliseReport(rawReport);
const { sections } = extractSections(text);
const byId = new Map(sections.map((s) => [s.id, s]));
const childrenOf = (id: string) => sections.filter((s) => s.parentId === id);

describe('extractSections', () => {
  it('finds the three parts in order, as strategies', () => {
    const parts = ['section:review', 'section:plan', 'section:work'].map((id) => byId.get(id)!);
    expect(parts.map((p) => p.title)).toEqual(['“十三五”发展成就和2020年工作回顾', '“十四五”奋斗目标和主要任务', '2021年工作安排']);
    expect(parts.every((p) => p.strategyId !== null && p.parentId === null)).toBe(true);
    expect(parts[0]!.end).toBeLessThanOrEqual(parts[1]!.start);
    expect(parts[1]!.end).toBeLessThanOrEqual(parts[2]!.start);
  });

  it('splits the review into the five years and 2020, with the numbered 2020 headings', () => {
    expect(childrenOf('section:review-13fyp')).toHaveLength(5);
    const areas2020 = childrenOf('section:review-2020').map((s) => s.title);
    expect(areas2020.length).toBeGreaterThanOrEqual(6);
    expect(areas2020.slice(0, 6).every((t) => t.startsWith('面对'))).toBe(true);
    expect(areas2020).toContain('一年来，政府服务效能加快提升');
  });

  it('finds the seven 提升行动 of the 14th Five-Year Plan', () => {
    const titles = childrenOf('section:plan').map((s) => s.title);
    expect(titles).toHaveLength(7);
    expect(titles[0]).toBe('实施生态环境提升行动，生态文明迈向新台阶');
    expect(titles.every((t) => t.startsWith('实施') && t.includes('提升行动'))).toBe(true);
  });

  it('finds the seven 突出… areas of 2021 and their lead sentences', () => {
    const areas = childrenOf('section:work').filter((s) => s.title.startsWith('突出'));
    expect(areas).toHaveLength(7);
    expect(childrenOf('section:work-1').map((s) => s.title)).toEqual(['推进生态建设', '加强环境保护', '推动资源资产价值化']);
    const leads = areas.flatMap((a) => childrenOf(a.id));
    expect(leads).toHaveLength(22);
    expect(leads.map((s) => s.title)).toContain('加强环境保护');
  });

  it('nests sections inside their parents and gives each a path of titles', () => {
    for (const s of sections) {
      const parent = s.parentId ? byId.get(s.parentId) : undefined;
      if (s.parentId) expect(parent, s.id).toBeDefined();
      if (parent) {
        expect(s.start, s.id).toBeGreaterThanOrEqual(parent.start);
        expect(s.end, s.id).toBeLessThanOrEqual(parent.end);
        expect(s.path).toEqual([...parent.path, s.title]);
      }
    }
  });

  it('places a passage in its innermost section', () => {
    const at = text.indexOf('森林覆盖率达71%');
    expect(sectionAt(sections, at, at + 9).id).toBe('section:plan-1');
    const lead = text.indexOf('加强油路车企污染联合防控');
    expect(sectionAt(sections, lead, lead + 5).title).toBe('加强环境保护');
    const note = text.indexOf('生态保护红线');
    expect(sectionAt(sections, note, note + 6).id).toBe('section:glossary-14');
  });
});
