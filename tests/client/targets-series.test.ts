/** The targets chart's data, shaped from a target series as the API returns it: points, ranges, units, lines and the indicator search. */
import { describe, expect, it } from 'vitest';
import { chartsByUnit, matchIndicators, periodYears, seriesLines, seriesPoints } from '../../client/src/core/targets/series.ts';
import type { SeriesTarget } from '../../client/src/core/targets/types.ts';

const CN = { name: '中华人民共和国', level: 'NATIONAL', code: null };
const LECHANG = { name: '乐昌市', level: 'COUNTY', code: '440281' };
const report = (slug: string, year: number, jurisdiction: typeof CN | typeof LECHANG) => ({ id: `report:${slug}-${year}`, title: `${year}年政府工作报告`, year, jurisdiction });
const passage = (reportId: string, quote: string) => ({
  start: 10,
  end: 10 + quote.length,
  quote,
  context: `今年发展主要预期目标是：${quote}。`,
  contextStart: 12,
  section: { id: `section:${reportId}:1`, title: '主要预期目标', path: ['主要预期目标'] },
  report: { id: reportId, title: 'x', year: 2000 },
});

function target(over: Partial<SeriesTarget> & Pick<SeriesTarget, 'id' | 'period' | 'value' | 'kind' | 'report'>): SeriesTarget {
  return { name: over.id, indicator: '国内生产总值增长', unit: '%', comparator: 'AT_LEAST', mentions: [passage(over.report.id, '国内生产总值增长6%以上')], ...over };
}

const SERIES: SeriesTarget[] = [
  target({ id: 'cn-2021-goal', period: '2021', value: 6, kind: 'GOAL', report: report('cn', 2021, CN) }),
  target({ id: 'lechang-2021-goal', period: '2021', value: 7, kind: 'GOAL', report: report('lechang', 2021, LECHANG), comparator: 'APPROXIMATELY' }),
  target({ id: 'cn-2016-goal', period: '2016', value: 6.5, valueMax: 7, comparator: 'BETWEEN', kind: 'GOAL', report: report('cn', 2016, CN) }),
  target({ id: 'cn-2021-result', period: '2021', value: 8.1, kind: 'RESULT', comparator: 'EQUAL', report: report('cn', 2022, CN), resultOf: { id: 'cn-2021-goal' } }),
  target({ id: 'cn-2022-goal', period: '2022', value: 5.5, kind: 'GOAL', report: report('cn', 2022, CN), comparator: 'APPROXIMATELY' }),
  target({ id: 'cn-14fyp', period: '2021–2025', value: 5, kind: 'GOAL', report: report('cn', 2021, CN) }),
  target({ id: 'cn-gdp-level', period: '2021', value: 100, unit: '万亿元', kind: 'RESULT', report: report('cn', 2022, CN) }),
  target({ id: 'no-year', period: '近年', value: 1, kind: 'GOAL', report: report('cn', 2021, CN) }),
];

describe('series points', () => {
  it('reads years and spans from a period', () => {
    expect(periodYears('2021')).toEqual([2021, 2021]);
    expect(periodYears('2021–2025')).toEqual([2021, 2025]);
    expect(periodYears('2021-2025')).toEqual([2021, 2025]);
    expect(periodYears('“十四五”时期')).toBeNull();
  });

  it('places each target at its year, national before county in the same year, and skips a target without a year', () => {
    const { points, skipped } = seriesPoints(SERIES);
    expect(skipped).toBe(1);
    expect(points.map((p) => p.targetId)).toEqual(['cn-2016-goal', 'cn-2021-goal', 'cn-2021-result', 'cn-gdp-level', 'lechang-2021-goal', 'cn-14fyp', 'cn-2022-goal']);
    const lechang = points.find((p) => p.targetId === 'lechang-2021-goal')!;
    expect(lechang).toMatchObject({ jurisdiction: '乐昌市', level: 'COUNTY', year: 2021, yearEnd: 2021, kind: 'GOAL', value: 7, valueMax: 7, isRange: false, quantity: '≈ 7 %' });
    expect(lechang.reportLabel).toBe('2021年政府工作报告');
    expect(lechang.description).toBe('乐昌市 2021 goal: 国内生产总值增长 ≈ 7 % — 2021年政府工作报告');
  });

  it('keeps a range as a range and a multi-year goal as a span', () => {
    const { points } = seriesPoints(SERIES);
    expect(points.find((p) => p.targetId === 'cn-2016-goal')).toMatchObject({ value: 6.5, valueMax: 7, isRange: true, quantity: '6.5–7 %' });
    expect(points.find((p) => p.targetId === 'cn-14fyp')).toMatchObject({ year: 2021, yearEnd: 2025 });
  });

  it('links a result to its goal and puts the passages of the target’s own report first', () => {
    const mixed = target({ id: 'r', period: '2021', value: 8.1, kind: 'RESULT', report: report('cn', 2022, CN) });
    mixed.mentions = [passage('report:cn-2021', 'a'), passage('report:cn-2022', 'b')];
    const { points } = seriesPoints([...SERIES, mixed]);
    expect(points.find((p) => p.targetId === 'cn-2021-result')!.resultOf).toBe('cn-2021-goal');
    expect(points.find((p) => p.targetId === 'r')!.passages.map((m) => m.report.id)).toEqual(['report:cn-2022', 'report:cn-2021']);
  });

  it('leaves out the targets of reports not in view', () => {
    const { points, skipped } = seriesPoints(SERIES, new Set(['report:lechang-2021']));
    expect(points.map((p) => p.targetId)).toEqual(['lechang-2021-goal']);
    expect(skipped).toBe(SERIES.length - 1);
  });

  it('splits the points by unit, so % and 万亿元 never share an axis, national first', () => {
    const charts = chartsByUnit(seriesPoints(SERIES).points);
    expect(charts.map((c) => c.unit)).toEqual(['%', '万亿元']);
    expect(charts[0]!.jurisdictions).toEqual(['中华人民共和国', '乐昌市']);
    expect(charts[1]!.points.map((p) => p.targetId)).toEqual(['cn-gdp-level']);
  });

  it('joins one jurisdiction’s goals of single years into a line, apart from its results and from multi-year goals', () => {
    const lines = seriesLines(chartsByUnit(seriesPoints(SERIES).points)[0]!.points);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ jurisdiction: '中华人民共和国', kind: 'GOAL' });
    expect(lines[0]!.points.map((p) => p.targetId)).toEqual(['cn-2016-goal', 'cn-2021-goal', 'cn-2022-goal']);
  });
});

describe('indicator search', () => {
  const INDICATORS = [
    { id: 'indicator:gdp-growth', name: '国内生产总值增长', nameEn: 'GDP growth', aliases: ['地区生产总值增长', '经济增长'], pinyin: 'guónèi shēngchǎn zǒngzhí zēngzhǎng' },
    { id: 'indicator:gdp', name: '国内生产总值', nameEn: 'GDP', aliases: ['地区生产总值'], pinyin: 'guónèi shēngchǎn zǒngzhí' },
    { id: 'indicator:cpi', name: '居民消费价格涨幅', nameEn: 'CPI', aliases: [], pinyin: null },
  ];

  it('finds by Chinese name, alias, English name or tone-less pinyin, exact match first', () => {
    expect(matchIndicators(INDICATORS, '国内生产总值').map((i) => i.id)).toEqual(['indicator:gdp', 'indicator:gdp-growth']);
    expect(matchIndicators(INDICATORS, '地区生产总值增长').map((i) => i.id)).toEqual(['indicator:gdp-growth']);
    expect(matchIndicators(INDICATORS, 'gdp growth').map((i) => i.id)).toEqual(['indicator:gdp-growth']);
    expect(matchIndicators(INDICATORS, 'guonei shengchan').map((i) => i.id)).toEqual(['indicator:gdp', 'indicator:gdp-growth']);
    expect(matchIndicators(INDICATORS, 'cpi').map((i) => i.id)).toEqual(['indicator:cpi']);
    expect(matchIndicators(INDICATORS, '粮食')).toEqual([]);
  });

  it('lists every indicator for an empty query', () => {
    expect(matchIndicators(INDICATORS, '  ')).toHaveLength(3);
  });
});
