import { describe, expect, it } from 'vitest';
import { normalise } from '../../graph-seed/pipeline/normalise.ts';
import { extractSections } from '../../graph-seed/pipeline/sections.ts';
import { extractTargets } from '../../graph-seed/pipeline/targets.ts';
import { rawReport } from './fixtures.ts';

// The target rules (graph-seed/pipeline/targets.ts) on the Lechang report, timed by its own sections.
const { text } = normalise(rawReport, 'PDF_TEXT');
const quantities = extractTargets(text, extractSections(text, 2021), 2021);
const quoted = (q: (typeof quantities)[number]) => text.slice(q.start, q.end);
const find = (quote: string) => {
  const found = quantities.filter((q) => quoted(q) === quote);
  expect(found, quote).toHaveLength(1);
  return found[0]!;
};

describe('extractTargets on the Lechang report', () => {
  it('reads a 14th Five-Year goal: value, unit, comparator, period, kind', () => {
    expect(find('城市建成区绿化覆盖率达41.06%')).toMatchObject({
      indicator: '城市建成区绿化覆盖率', value: 41.06, unit: '%', comparator: 'EQUAL', period: '2021–2025', kind: 'GOAL',
    });
    expect(find('森林覆盖率达71%')).toMatchObject({ indicator: '森林覆盖率', value: 71, period: '2021–2025', kind: 'GOAL' });
  });

  it('reads 以内 and 以上 as bounds', () => {
    const unemployment = quantities.filter((q) => q.indicator === '城镇登记失业率');
    expect(unemployment.map((q) => [q.period, q.value, q.comparator])).toEqual([
      ['2016–2020', 3.5, 'AT_MOST'], ['2020', 3.5, 'AT_MOST'], ['2021', 3.5, 'AT_MOST'],
    ]);
    expect(find('地区生产总值增长7%以上')).toMatchObject({ comparator: 'AT_LEAST', period: '2021', kind: 'GOAL' });
    expect(find('投资总额超150亿元')).toMatchObject({ comparator: 'MORE_THAN', value: 150, unit: '亿元' });
  });

  it('keeps a level and the growth of the same measure apart', () => {
    const level = find('地区生产总值达到190亿元');
    const growth = quantities.find((q) => q.period === '2021–2025' && q.value === 7 && q.unit === '%')!;
    expect(level.indicator).toBe('地区生产总值');
    expect(growth.indicator).toBe('地区生产总值年均增长');
    expect(find('固定资产投资突破百亿元')).toMatchObject({ value: 100, unit: '亿元', comparator: 'MORE_THAN' });
  });

  it('dates the review by its halves: the five years, and 2020', () => {
    expect(find('森林覆盖率达70.64%')).toMatchObject({ period: '2016–2020', kind: 'RESULT' });
    expect(find('地区生产总值122.98亿元')).toMatchObject({ period: '2020', kind: 'RESULT' });
    expect(quantities.find((q) => q.value === 3.3)).toMatchObject({ indicator: '地区生产总值同比增长', period: '2020' });
  });

  it('gives later items of a list the verb and subject they share with the first', () => {
    expect(find('高新技术企业6家').indicator).toBe('新增高新技术企业');
    expect(find('完成6个镇“139”镇街整治提升工程').indicator).toBe('完成镇“139”镇街整治提升工程');
    expect(find('高新技术企业数量由“十二五”末的1家增至24家')).toMatchObject({ indicator: '高新技术企业数量', value: 24 });
  });

  it('skips numbers that are names, codes or baselines', () => {
    const values = (unit: string) => quantities.filter((q) => q.unit === unit).map((q) => q.value);
    expect(quantities.some((q) => quoted(q).includes('“6个100%”'))).toBe(false);
    expect(values('%')).not.toContain(45); // 由45%提高到63%: 45% is where it started
    expect(quantities.every((q) => !/^(G107|S248|5G)/.test(quoted(q)))).toBe(true);
  });

  it('finds enough goals and results to describe the report', () => {
    expect(quantities.filter((q) => q.kind === 'GOAL').length).toBeGreaterThanOrEqual(60);
    expect(quantities.filter((q) => q.kind === 'RESULT').length).toBeGreaterThanOrEqual(100);
  });
});
