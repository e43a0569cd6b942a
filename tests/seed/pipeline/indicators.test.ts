import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PipelineDataError } from '../../../graph-seed/pipeline/errors.ts';
import { loadIndicators, matchIndicator } from '../../../graph-seed/pipeline/indicators.ts';
import { runReport } from '../../../graph-seed/pipeline/run-report.ts';
import { nationalRaw, nationalSources } from './inputs.ts';

const indicators = loadIndicators();
const link = (indicator: string, unit: string) => matchIndicator({ indicator, unit }, indicators)?.indicatorId ?? null;

describe('the indicator catalogue', () => {
  it('holds the measures work reports use, with Chinese and English names', () => {
    const ids = indicators.map((i) => i.id);
    for (const id of [
      'indicator:gdp', 'indicator:gdp-growth', 'indicator:cpi', 'indicator:new-urban-jobs', 'indicator:surveyed-unemployment',
      'indicator:registered-unemployment', 'indicator:energy-intensity', 'indicator:grain-output', 'indicator:deficit',
      'indicator:deficit-ratio', 'indicator:m2-growth', 'indicator:new-loans', 'indicator:foreign-trade', 'indicator:fiscal-revenue',
      'indicator:fixed-investment', 'indicator:retail-sales', 'indicator:forest-cover',
    ]) expect(ids).toContain(id);
    for (const i of indicators) expect(i.nameEn.length).toBeGreaterThan(0);
    expect(indicators.find((i) => i.id === 'indicator:gdp-growth')!.aliases).toEqual(expect.arrayContaining(['国内生产总值', '地区生产总值']));
  });

  it('refuses a catalogue with a repeated id or an unknown measure, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'indicators-'));
    const path = join(dir, 'bad.yaml');
    const record = (id: string, measure = 'RATE') => `  - { id: ${id}, name: 甲, nameEn: A, aliases: [甲], measure: ${measure}, units: ['%'] }`;
    writeFileSync(path, ['indicators:', record('indicator:a'), record('indicator:a')].join('\n'));
    expect(() => loadIndicators(path)).toThrow(PipelineDataError);
    expect(() => loadIndicators(path)).toThrow(/bad\.yaml.*used twice/);
    writeFileSync(path, ['indicators:', record('indicator:a', 'SPEED')].join('\n'));
    expect(() => loadIndicators(path)).toThrow(/measure must be one of LEVEL, CHANGE, RATE/);
  });
});

describe('matchIndicator', () => {
  it('links on a known measure\'s words, at any level, with its unit', () => {
    expect(link('国内生产总值增长', '%')).toBe('indicator:gdp-growth');
    expect(link('地区生产总值年均增长', '%')).toBe('indicator:gdp-growth');
    expect(link('地区生产总值', '亿元')).toBe('indicator:gdp');
    expect(link('年末全国城镇调查失业率降到', '%')).toBe('indicator:surveyed-unemployment');
    expect(link('赤字率拟按安排', '%')).toBe('indicator:deficit-ratio');
    expect(link('居民消费价格涨幅', '%')).toBe('indicator:cpi');
    expect(link('粮食产量保持在', '万亿斤')).toBe('indicator:grain-output');
    expect(link('森林覆盖率', '%')).toBe('indicator:forest-cover');
    expect(link('拟安排地方政府专项债券', '万亿元')).toBe('indicator:special-bonds');
  });

  it('never guesses: other words, two measures, or the wrong unit leave a target unlinked', () => {
    expect(link('服务业在国内生产总值中的比重', '%')).toBeNull();
    expect(link('单位国内生产总值能耗和二氧化碳排放分别降低', '%')).toBeNull();
    expect(link('国内生产总值', '%')).toBeNull();
    expect(link('国内生产总值增长', '亿元')).toBeNull();
    expect(link('城市建成区绿化覆盖率', '%')).toBeNull();
    expect(link('新增高新技术企业', '家')).toBeNull();
  });

  it('gives every national report its GDP growth goal for its own year, read from its text', () => {
    const goals = nationalSources.map(({ file, year, title, source }) => {
      const { targets } = runReport({ raw: nationalRaw(file), sourceKind: 'WEB_TEXT', file, sidecar: { title, year, source } });
      const goal = targets.find((t) => t.indicatorId === 'indicator:gdp-growth' && t.kind === 'GOAL' && t.period === String(year));
      return [year, goal?.value, goal?.valueMax ?? null];
    });
    expect(goals).toEqual([
      [2016, 6.5, 7], [2017, 6.5, null], [2018, 6.5, null], [2019, 6, 6.5], [2021, 6, null],
      [2022, 5.5, null], [2023, 5, null], [2024, 5, null], [2025, 5, null],
    ]);
  });
});
