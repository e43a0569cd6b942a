import { describe, expect, it } from 'vitest';
import { normaliseInline, normaliseReport } from '../../graph-seed/normalise.ts';
import { rawReport } from './fixtures.ts';

const PAGE_NUMBER_LINE = /^\s*\d{1,3}\s*$/;

describe('normaliseReport', () => {
  const text = normaliseReport(rawReport);

  it('keeps every non-whitespace character of the original, in order, except page numbers', () => {
    const original = rawReport
      .split('\n')
      .filter((line) => !PAGE_NUMBER_LINE.test(line))
      .join('')
      .replace(/\s+/g, '');
    expect(text.replace(/\s+/g, '')).toBe(original);
  });

  it('drops the page numbers that stand on lines of their own', () => {
    expect(rawReport.split('\n').filter((l) => PAGE_NUMBER_LINE.test(l)).length).toBeGreaterThan(0);
    expect(text).not.toMatch(/\n\d{1,3}\n/);
    expect(text).toContain('以“放管服”改革为牛鼻子');
  });

  it('removes layout spaces next to Chinese text and keeps sentences whole', () => {
    expect(text).toContain('政府工作报告');
    expect(text).toContain('森林覆盖率达71%');
    expect(text).toContain('城市建成区绿化覆盖率达41.06%');
    expect(text).not.toMatch(/[\u4E00-\u9FFF] | [\u4E00-\u9FFF]/);
  });

  it('rebuilds paragraphs: headings stand alone, sentences do not break across lines', () => {
    const paragraphs = text.split('\n');
    expect(paragraphs).toContain('“十四五”奋斗目标和主要任务');
    expect(paragraphs).toContain('一、突出绿色引领，聚力扩大生态优势');
    expect(paragraphs.filter((p) => /^\[\d+\]/.test(p))).toHaveLength(31);
    expect(paragraphs.some((p) => p.startsWith('推进生态建设。'))).toBe(true);
    // Every body paragraph ends a sentence, a heading, or a title line: none ends mid-word after a comma.
    expect(paragraphs.filter((p) => /[，、]$/.test(p))).toEqual([]);
  });

  it('normalises quotes the same way as the text', () => {
    expect(normaliseInline('森林覆盖率达 71%')).toBe('森林覆盖率达71%');
    expect(normaliseInline('坪石发电 B 厂')).toBe('坪石发电B厂');
  });
});
